/** Events: the contract record; the event lexicon and coder come with issue 7. */
package hadath.core.event;
