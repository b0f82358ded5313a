package hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFileTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartCreatesAnOwnerOnlyTokenTheNextOnesReadIt() throws Exception {
        Path file = dir.resolve(".hadath/token");
        TokenFile.Read first = TokenFile.readOrCreate(file);
        assertThat(first.created()).isTrue();
        assertThat(first.token()).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        TokenFile.Read second = TokenFile.readOrCreate(file);
        assertThat(second.created()).isFalse();
        assertThat(second.token()).isEqualTo(first.token());
    }

    @Test
    void aBrokenTokenFileIsNamed() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "short\n");
        assertThatThrownBy(() -> TokenFile.readOrCreate(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ": the token must have at least 16 characters; fix or delete the file");
    }
}
