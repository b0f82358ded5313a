/** Times: the contract record; recognition and resolution against the publication date come with issue 6. */
package hadath.core.time;
