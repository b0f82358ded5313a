/**
 * The REST API: JSON in and out, paged lists, strict parameters, client errors as {@code {"error": "..."}}.
 * Handlers turn requests into calls on the pipeline and the store; nothing here knows HTML.
 */
package hadath.server.api;
