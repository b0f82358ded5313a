package hadath.core.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hadath.core.lexicon.Lexicon;
import hadath.core.tokenize.Tokenizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tagger learning a tiny synthetic corpus written for the test. */
class NerTaggerTest {

    private static final Lexicon LEXICON = Lexicon.fromClasspath("/hadath/lexicon-test/");
    private static final NerTrainer.Settings SETTINGS = new NerTrainer.Settings(10, 7, 1, 0, 0.2);

    private static final String[][] PEOPLE = {{"سامي", "الخطيب"}, {"ليلى", "حداد"}, {"كريم", "منصور"},
            {"هدى", "العمري"}, {"نبيل", "سعادة"}, {"رنا", "القاسم"}};
    private static final String[] PLACES = {"بيروت", "دمشق", "عمان", "بغداد", "الرباط", "صيدا"};
    private static final String[][] ORGS = {{"شركة", "النور"}, {"حزب", "الأمل"}, {"نقابة", "المعلمين"},
            {"جمعية", "الهلال"}, {"بنك", "الشرق"}, {"اتحاد", "الكتاب"}};
    /** P = person, L = place, G = organisation. */
    private static final String[] TEMPLATES = {
        "قال P في L إن G ستفتح مكتبا جديدا .",
        "زار P مدينة L أمس والتقى ممثلي G .",
        "أعلنت G أن P سيصل إلى L غدا ."};

    private static List<ConllSentence> corpus;
    private static NerTagger tagger;

    @BeforeAll
    static void train() {
        corpus = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            corpus.add(sentence(TEMPLATES[i % 3], PEOPLE[i % 6], PLACES[(i * 5 + 1) % 6], ORGS[(i * 7 + 2) % 6]));
        }
        tagger = new NerTrainer(LEXICON).train(corpus, SETTINGS);
    }

    /** A template filled in, with its gold tags. */
    static ConllSentence sentence(String template, String[] person, String place, String[] org) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String slot : template.split(" ")) {
            switch (slot) {
                case "P" -> add(words, tags, person, "PER");
                case "L" -> add(words, tags, new String[] {place}, "LOC");
                case "G" -> add(words, tags, org, "ORG");
                default -> {
                    words.add(slot);
                    tags.add("O");
                }
            }
        }
        return new ConllSentence("synthetic", 1, words, tags);
    }

    private static void add(List<String> words, List<String> tags, String[] name, String type) {
        for (int i = 0; i < name.length; i++) {
            words.add(name[i]);
            tags.add((i == 0 ? "B-" : "I-") + type);
        }
    }

    @Test
    void tagsAnUnseenSentenceRight() {
        // the first template never had ليلى حداد, عمان or بنك الشرق in training
        ConllSentence unseen = sentence(TEMPLATES[0], PEOPLE[1], PLACES[2], ORGS[4]);
        assertThat(corpus).noneMatch(s -> s.words().equals(unseen.words()));
        assertThat(tagger.tag(ConllTokens.of(unseen.words()))).isEqualTo(unseen.tags());
    }

    @Test
    void tagsTokenizerOutputLikeCorpusWords() {
        String text = "قال ليلى حداد في عمان إن بنك الشرق ستفتح مكتبا جديدا.";
        assertThat(tagger.tag(new Tokenizer().tokenize(text)))
                .containsExactly("O", "B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O", "O", "O");
    }

    @Test
    void neverPutsAnInsideTagAfterAnythingButItsOwnType() {
        List<String> words = List.of("حداد", "الشرق", "النور", "عمان", "إن", "المعلمين", "القاسم", "الكتاب", "بيروت");
        for (int start = 0; start < words.size(); start++) {
            List<String> tags = tagger.tag(ConllTokens.of(words.subList(start, words.size())));
            assertThat(NerSpan.repaired(tags)).isEqualTo(tags);
        }
    }

    @Test
    void anEmptyInputHasNoTags() {
        assertThat(tagger.tag(List.of())).isEmpty();
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        NerTagger read = NerTagger.read(new ByteArrayInputStream(bytes.toByteArray()), "test", LEXICON);
        for (ConllSentence s : corpus) {
            assertThat(read.tag(ConllTokens.of(s.words()))).isEqualTo(tagger.tag(ConllTokens.of(s.words())));
        }
    }

    @Test
    void trainingIsReproducible() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        tagger.write(a);
        new NerTrainer(LEXICON).train(corpus, SETTINGS).write(b);
        assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
    }

    @Test
    void aModelOfOtherFeaturesIsRefused() {
        NerModel old = new NerModel("ner-features/0", new long[0], new float[0], new float[(NerLabel.count() + 1)
                * NerLabel.count()]);
        assertThatThrownBy(() -> new NerTagger(old, LEXICON)).hasMessageContaining("retrain it with NerTrainer");
    }

    @Test
    void notAModelIsRefused() {
        assertThatThrownBy(() -> NerTagger.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), "junk.bin", LEXICON))
                .isInstanceOf(IOException.class);
    }
}
