package hadath.server.web;

/** Paths of the front-end libraries, served from their WebJars inside the jar (nothing is fetched online). */
public final class Assets {

    public static final String HTMX = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";
    public static final String CHART = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    public static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

    private Assets() {
    }
}
