/** Quotations and their speakers: {@link hadath.core.quote.QuoteFinder} and the contract record. */
package hadath.core.quote;
