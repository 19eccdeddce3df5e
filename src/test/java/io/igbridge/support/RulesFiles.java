package io.igbridge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rules files for the tests that run the service on their own rules ({@code IGBRIDGE_RULES_FILE}). */
public final class RulesFiles {

    private RulesFiles() {
    }

    /** A new temporary file holding {@code yaml}, deleted when the test JVM exits. */
    public static Path write(String yaml) {
        try {
            Path file = Files.createTempFile("igbridge-rules", ".yml");
            file.toFile().deleteOnExit();
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
