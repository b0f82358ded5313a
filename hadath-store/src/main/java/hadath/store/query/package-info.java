/** What the store's queries take and return: immutable records, shared by the cli, the server and exports. */
package hadath.store.query;
