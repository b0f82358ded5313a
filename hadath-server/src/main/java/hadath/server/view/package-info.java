/**
 * Pure view logic of the web UI: the article as escaped HTML with highlighted spans ({@link
 * hadath.server.view.ArticleHtml}) and the page data read from the analysis JSON ({@link
 * hadath.server.view.ArticleView}). No I/O; the templates only lay it out.
 */
package hadath.server.view;
