package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSourcesTest {

    @TempDir
    Path dir;

    @Test
    void directoriesAreWalkedInNameOrderSkippingSidecarsAndHiddenFiles() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        for (String f : new String[] {"b.txt", "a.txt", "a.meta.json", ".hidden", "sub/c.txt"}) {
            Files.writeString(dir.resolve(f), "نص");
        }
        Files.writeString(dir.resolve("d.jsonl"), "{\"text\": \"أ\"}\n\n{\"text\": \"ب\"}\n");
        List<String> names = IngestSources.list(List.of(dir)).stream().map(IngestSources.Item::name).toList();
        assertThat(names).containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                dir + "/d.jsonl:1", dir + "/d.jsonl:3", dir.resolve("sub/c.txt").toString());
    }

    @Test
    void aTextFileTakesItsSidecarMetadataAndItsNameAsId() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "وصل الوفد");
        Files.writeString(dir.resolve("a.meta.json"), "{\"published\": \"2021-02-09\", \"source\": \"وكالة\"}");
        IngestSources.Loaded a = IngestSources.list(List.of(dir.resolve("a.txt"))).get(0)
                .load(new ArticleReader(new InputLimits(InputLimits.DEFAULT_MAX_BYTES), ArticleReader.HtmlPolicy.REFUSE));
        assertThat(a.meta().id()).isEqualTo("a");
        assertThat(a.meta().source()).isEqualTo("وكالة");
        assertThat(a.meta().published()).hasToString("2021-02-09");
    }

    @Test
    void theMentionsFileSitsBesideTheEventsFile() {
        assertThat(ExportCommand.mentionsFile(Path.of("out/events.tsv"))).isEqualTo(Path.of("out/events.mentions.tsv"));
        assertThat(ExportCommand.mentionsFile(Path.of("events"))).isEqualTo(Path.of("events.mentions"));
    }
}
