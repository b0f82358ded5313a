/** The store: schema, migrations, ingestion, queries and exports (issue 8). Empty until then. */
package hadath.store;
