/** What the scorers of every stage share (the stages' own scorers sit in their packages). */
package hadath.core.eval;
