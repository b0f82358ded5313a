/** The {@code hadath} command line: argument parsing, input checks, output; no analysis logic. */
package hadath.cli;
