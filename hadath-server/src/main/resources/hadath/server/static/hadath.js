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
