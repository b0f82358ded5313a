// Hadath web UI behaviour. No inline scripts (the Content-Security-Policy forbids them): pages carry their
// data in data- attributes or fetch it from the API.
(function () {
  "use strict";

  // Clicking a record highlights its spans in the article; clicking a span highlights its record.
  function activate(ref) {
    document.querySelectorAll(".hl.active, .record.active").forEach(function (el) { el.classList.remove("active"); });
    if (!ref) { return; }
    var spans = document.querySelectorAll('#article-text [data-ref="' + CSS.escape(ref) + '"]');
    spans.forEach(function (el) { el.classList.add("active"); });
    document.querySelectorAll('.record[data-target="' + CSS.escape(ref) + '"]').forEach(function (el) { el.classList.add("active"); });
    if (spans.length > 0) { spans[0].scrollIntoView({block: "center", behavior: "smooth"}); }
  }

  document.addEventListener("click", function (e) {
    if (e.target.closest("a")) { return; }
    var record = e.target.closest(".record[data-target]");
    if (record) { activate(record.getAttribute("data-target")); return; }
    var span = e.target.closest("#article-text .hl[data-ref]");
    if (span) {
      activate(span.getAttribute("data-ref"));
      var rec = document.querySelector('.record[data-target="' + CSS.escape(span.getAttribute("data-ref")) + '"]');
      if (rec) { rec.scrollIntoView({block: "nearest"}); }
    }
  });
  document.addEventListener("keydown", function (e) {
    var record = e.target.closest && e.target.closest(".record[data-target]");
    if (record && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); activate(record.getAttribute("data-target")); }
  });

  window.hadath = {activate: activate};
})();

// The network view: actors as nodes, one edge per (source, target) pair; width = events, colour = Goldstein.
(function () {
  "use strict";
  var box = document.getElementById("network");
  if (!box || typeof cytoscape === "undefined") { return; }
  var status = document.getElementById("network-status");
  fetch(box.getAttribute("data-api"), {headers: {"Accept": "application/json"}})
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var nodes = {}, elements = [];
      function node(id, name, type) {
        if (!nodes[id]) {
          nodes[id] = true;
          elements.push({group: "nodes", data: {id: "a" + id, actor: id, label: name, type: type || ""}});
        }
      }
      var max = 1;
      data.items.forEach(function (e) { max = Math.max(max, e.events); });
      data.items.forEach(function (e, i) {
        node(e.sourceId, e.sourceName, e.sourceType);
        node(e.targetId, e.targetName, e.targetType);
        elements.push({group: "edges", data: {id: "e" + i, source: "a" + e.sourceId, target: "a" + e.targetId,
          events: e.events, width: 1.5 + 8 * Math.sqrt(e.events / max), color: goldsteinColour(e.meanGoldstein),
          label: e.events + (e.meanGoldstein === null ? "" : " · " + e.meanGoldstein.toFixed(1))}});
      });
      var cy = cytoscape({
        container: box, elements: elements,
        style: [
          {selector: "node", style: {"label": "data(label)", "font-family": "Noto Naskh Arabic, Amiri, Segoe UI, Tahoma, sans-serif",
            "font-size": 13, "background-color": "#14213d", "color": "#1d2330", "text-valign": "top", "text-margin-y": -4,
            "width": 18, "height": 18}},
          {selector: "node[type = 'COUNTRY']", style: {"background-color": "#1d6fb8"}},
          {selector: "node[type = 'ORGANIZATION']", style: {"background-color": "#2a9d8f", "shape": "round-rectangle"}},
          {selector: "node[type = 'PERSON']", style: {"background-color": "#e09f3e"}},
          {selector: "edge", style: {"width": "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
            "target-arrow-shape": "triangle", "curve-style": "bezier", "opacity": 0.85, "label": "data(label)", "font-size": 9,
            "text-rotation": "autorotate", "color": "#5b6476"}}
        ],
        layout: {name: elements.length > 0 ? "cose" : "grid", animate: false, padding: 40,
                 nodeRepulsion: function () { return 9000; }}
      });
      // a few actors would otherwise be blown up to fill the box
      if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(); }
      cy.on("tap", "node", function (evt) { window.location.href = "/actors/" + evt.target.data("actor"); });
      box.setAttribute("data-nodes", String(cy.nodes().length));
      box.setAttribute("data-edges", String(cy.edges().length));
      window.hadathNetwork = cy;
      if (status) {
        status.textContent = cy.nodes().length === 0 ? "No events stored yet."
          : cy.nodes().length + " actors, " + cy.edges().length + " pairs.";
      }
    })
    .catch(function (err) { if (status) { status.textContent = "Could not load the network: " + err; } });

  function goldsteinColour(g) {
    if (g === null || g === undefined) { return "#9aa3b2"; }
    var t = Math.min(1, Math.abs(g) / 10);
    // cooperation green, conflict red, both fading to grey near 0
    var from = [154, 163, 178], to = g >= 0 ? [42, 157, 80] : [200, 30, 30];
    var c = from.map(function (f, i) { return Math.round(f + (to[i] - f) * (0.35 + 0.65 * t)); });
    return "rgb(" + c.join(",") + ")";
  }
})();

// The timeline chart: events per period, stacked by quad class.
(function () {
  "use strict";
  var canvas = document.getElementById("timeline-chart");
  if (!canvas || typeof Chart === "undefined") { return; }
  var status = document.getElementById("timeline-status");
  var quads = {1: ["Verbal cooperation", "#2a9d8f"], 2: ["Material cooperation", "#1d6fb8"],
               3: ["Verbal conflict", "#e76f51"], 4: ["Material conflict", "#b5171b"], 0: ["Unknown", "#9aa3b2"]};
  fetch(canvas.getAttribute("data-api"), {headers: {"Accept": "application/json"}})
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var periods = [], counts = {}, total = 0;
      data.items.forEach(function (p) {
        if (periods.indexOf(p.period) < 0) { periods.push(p.period); }
        counts[p.quadClass + "|" + p.period] = p.events;
        total += p.events;
      });
      periods.sort();
      var datasets = [1, 2, 3, 4, 0].map(function (q) {
        return {label: quads[q][0], backgroundColor: quads[q][1],
                data: periods.map(function (p) { return counts[q + "|" + p] || 0; })};
      }).filter(function (d) { return d.data.some(function (v) { return v > 0; }); });
      window.hadathChart = new Chart(canvas, {
        type: "bar", data: {labels: periods, datasets: datasets},
        options: {responsive: true, maintainAspectRatio: false, animation: false,
                  scales: {x: {stacked: true, reverse: false}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}},
                  plugins: {legend: {position: "bottom", rtl: false}}}
      });
      canvas.setAttribute("data-events", String(total));
      if (status) { status.textContent = total === 0 ? "No dated events stored yet." : total + " events in " + periods.length + " periods."; }
    })
    .catch(function (err) { if (status) { status.textContent = "Could not load the timeline: " + err; } });
})();
