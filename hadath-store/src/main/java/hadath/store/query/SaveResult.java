package hadath.store.query;

/**
 * What {@code save} did: the document's id and whether its text was already stored (then nothing was written
 * and the id is the stored document's).
 */
public record SaveResult(long documentId, boolean duplicate) {
}
