/** The web UI's page handlers and the precompiled templates they fill; HTML only, no JSON. */
package hadath.server.web;
