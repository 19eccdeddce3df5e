package io.igbridge.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a rule book reads its rules: the configured file, the built-in defaults, or (in tests) a text. */
sealed interface RuleSource {

    /** The built-in defaults: the seed guide's auto-replies. */
    String BUILT_IN_RESOURCE = "rules/default-rules.yml";

    /** How the source is named in messages: the file's path, or the resource's. */
    String name();

    String read() throws IOException;

    /** Whether the source can change while the service runs (and is worth watching). */
    boolean changes();

    static RuleSource builtIn() {
        return new Classpath(BUILT_IN_RESOURCE);
    }

    static RuleSource file(Path path) {
        return new File(path);
    }

    record File(Path path) implements RuleSource {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public String read() throws IOException {
            return withoutByteOrderMark(Files.readString(path, StandardCharsets.UTF_8));
        }

        @Override
        public boolean changes() {
            return true;
        }
    }

    record Classpath(String resource) implements RuleSource {
        @Override
        public String name() {
            return "classpath:" + resource;
        }

        @Override
        public String read() throws IOException {
            try (InputStream in = RuleSource.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no resource " + resource);
                }
                return withoutByteOrderMark(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        @Override
        public boolean changes() {
            return false;
        }
    }

    record Text(String name, String yaml) implements RuleSource {
        @Override
        public String read() {
            return yaml;
        }

        @Override
        public boolean changes() {
            return false;
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
