/** Entities: people, organisations, countries and places with their mentions and actor codes. */
package hadath.core.entity;
