/** The {@code hadath.analysis/1} JSON writer. */
package hadath.core.json;
