/**
 * The text model every stage shares: the {@link hadath.core.text.Document} with its untouched text,
 * code-point {@link hadath.core.text.CharSpan}s and token {@link hadath.core.text.TokenRange}s.
 */
package hadath.core.text;
