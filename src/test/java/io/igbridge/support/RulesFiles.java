package io.igbridge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rules files for tests that set {@code IGBRIDGE_RULES_FILE}: a temporary file holding the YAML given. */
public final class RulesFiles {

    private RulesFiles() {
    }

    public static Path write(String yaml) {
        try {
            Path file = Files.createTempFile("igbridge-rules", ".yml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
