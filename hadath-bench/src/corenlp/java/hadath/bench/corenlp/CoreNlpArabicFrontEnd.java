package hadath.bench.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import hadath.bench.ReferenceFrontEnd;
import java.util.Properties;

/**
 * The front end a PETRARCH-style Arabic coder needs before it can code anything: Stanford CoreNLP 4.5.10's
 * Arabic clitic segmenter (a CRF over characters), sentence splitter and POS tagger, with the settings of
 * CoreNLP's own {@code StanfordCoreNLP-arabic.properties} minus the parser. Compiled only in the
 * {@code corenlp} profile (CoreNLP is GPL-3).
 */
public final class CoreNlpArabicFrontEnd implements ReferenceFrontEnd {

    private final StanfordCoreNLP pipeline;

    public CoreNlpArabicFrontEnd() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("tokenize.language", "ar");
        p.setProperty("segment.model", "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz");
        p.setProperty("ssplit.boundaryTokenRegex", "[.]|[!?]+|[!\u061F]+");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/arabic.tagger");
        this.pipeline = new StanfordCoreNLP(p);
    }

    @Override
    public String name() {
        return "CoreNLP 4.5.10 Arabic segment+ssplit+POS";
    }

    @Override
    public long process(String article) {
        Annotation doc = new Annotation(article);
        pipeline.annotate(doc);
        long tagged = 0;
        for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            if (token.tag() != null) {
                tagged++;
            }
        }
        return tagged;
    }
}
