package hadath.store.query;

/** A document with its original text and the {@code hadath.analysis/1} JSON it was stored with. */
public record StoredDocument(DocumentSummary summary, String text, String analysisJson, String contentHash) {
}
