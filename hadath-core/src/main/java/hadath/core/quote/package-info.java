/** Quotations: the contract record; finding quotes and their speakers comes with issue 5. */
package hadath.core.quote;
