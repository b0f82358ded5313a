package hadath.bench;

/**
 * A reference pipeline run over the same corpus as Hadath, for the side-by-side figures. The one we compare
 * with (Stanford CoreNLP's Arabic segmenter and POS tagger) is GPL, so it lives in the bench module's opt-in
 * {@code corenlp} profile and is found by name at run time: the default build never sees it.
 */
public interface ReferenceFrontEnd {

    /** The class the {@code corenlp} profile compiles in; absent from the default build. */
    String CORENLP = "hadath.bench.corenlp.CoreNlpArabicFrontEnd";

    /** What ran, for the table, e.g. "CoreNLP 4.5.10 Arabic segment+POS". */
    String name();

    /** Processes one article fully and returns the number of tokens it produced (so no work is skipped). */
    long process(String article);

    /** The reference compiled into this jar, or null when the build did not include it. */
    static ReferenceFrontEnd load() {
        try {
            return (ReferenceFrontEnd) Class.forName(CORENLP).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start " + CORENLP + ": " + e, e);
        }
    }
}
