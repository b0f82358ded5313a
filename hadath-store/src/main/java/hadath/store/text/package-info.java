/** The normalised text that full-text search indexes and queries are made of. Pure. */
package hadath.store.text;
