/** The REST API and web UI (issue 9). Empty until then. */
package hadath.server;
