package hadath.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void readsEveryFlag() {
        JobOptions o = JobOptions.parse("--input", "hdfs:///a", "--input-format", "jsonl", "--output", "/out",
                "--output-format", "parquet,jsonl,gdelt", "--published", "2021-02-09", "--experimental-events",
                "--partitions", "8", "--master", "local[2]", "--db", "jdbc:postgresql://db/hadath");
        assertThat(o).isEqualTo(new JobOptions("hdfs:///a", JobOptions.InputFormat.JSONL, "/out",
                EnumSet.allOf(JobOptions.OutputFormat.class), LocalDate.of(2021, 2, 9), true, 8, "local[2]",
                "jdbc:postgresql://db/hadath"));
    }

    @Test
    void parquetIsTheDefaultOutput() {
        assertThat(JobOptions.parse("--input", "a", "--input-format", "text", "--output", "b").outputs())
                .containsExactly(JobOptions.OutputFormat.PARQUET);
    }

    @Test
    void anUnknownFormatNamesTheAllowedOnes() {
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--input-format", "csv", "--output", "b"))
                .hasMessage("unknown --input-format 'csv'; expected one of jsonl, parquet, text");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--input-format", "text", "--output", "b",
                "--output-format", "parquet,gdlet"))
                .hasMessage("unknown --output-format 'gdlet'; expected one of parquet, jsonl, gdelt");
    }

    @Test
    void missingOrBadValuesAreNamed() {
        assertThatThrownBy(() -> JobOptions.parse("--input", "a")).hasMessageStartingWith(
                "--input, --input-format and --output are required");
        assertThatThrownBy(() -> JobOptions.parse("--input", "--output", "b")).hasMessageStartingWith(
                "--input needs a value");
        assertThatThrownBy(() -> JobOptions.parse("--published", "9/2/2021")).hasMessage(
                "--published '9/2/2021' is not a date; expected YYYY-MM-DD");
        assertThatThrownBy(() -> JobOptions.parse("--partitions", "0")).hasMessage(
                "--partitions '0' is not a positive whole number");
        assertThatThrownBy(() -> JobOptions.parse("--colour")).hasMessageStartingWith("unknown option '--colour'");
    }

    @Test
    void aTextFileIdIsItsNameAsTheCliGivesIt() {
        assertThat(ArticleDocument.idOfPath("file:///data/in/visit%20moscow.txt")).isEqualTo("visit moscow");
        assertThat(ArticleDocument.idOfPath("hdfs://nn:8020/a/b/article.2021.txt")).isEqualTo("article.2021");
        assertThat(ArticleDocument.idOfPath("README")).isEqualTo("README");
    }
}
