package hadath.cli;

import hadath.server.AccessToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The server's write token kept between starts, in {@code ~/.hadath/token} (owner-only): generated on the first
 * start without {@code --token} or {@code HADATH_TOKEN}, read on the next ones, so scripts that ingest keep
 * working after a restart.
 */
final class TokenFile {

    private TokenFile() {
    }

    static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".hadath", "token");
    }

    /** The token in {@code file}, creating the file with a new token when it does not exist yet. */
    static Read readOrCreate(Path file) throws BadInputException {
        try {
            if (Files.exists(file)) {
                String token = Files.readString(file, StandardCharsets.UTF_8).strip();
                try {
                    return new Read(AccessToken.check(token), false);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(file.toString(), e.getMessage() + "; fix or delete the file");
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String token = AccessToken.generate();
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                // another server created it at the same moment: use theirs
                return readOrCreate(file);
            }
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            return new Read(token, true);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot keep the token there (" + e.getMessage()
                    + "); give one with --token or HADATH_TOKEN");
        }
    }

    /** A token and whether it was created just now. */
    record Read(String token, boolean created) {
    }
}
