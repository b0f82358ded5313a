/** Amounts: the contract record; the number parser and units come with issue 6. */
package hadath.core.amount;
