/** Events: the CAMEO code table, the {@link hadath.core.event.EventCoder} and the contract record. */
package hadath.core.event;
