package io.igbridge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fuzz tests' seed corpora and how their inputs are cut. Jazzer runs each {@code @FuzzTest} on every file under
 * {@code src/test/resources/<package>/<TestClass>Inputs/<method>/} (regression mode, in {@code ./mvnw test}), and
 * starts fuzzing from them ({@code JAZZER_FUZZ=1}). The seeds are the Meta fixtures of {@code meta/}, by the same
 * relative paths: each fuzz class has a test that its corpus still holds every fixture.
 */
public final class FuzzSeeds {

    private FuzzSeeds() {
    }

    /** Every Meta fixture ({@code .json}), by its path below {@code meta/}, with its exact bytes. */
    public static Map<String, byte[]> metaFixtures() {
        Map<String, byte[]> fixtures = files(directory(Fixtures.class, "/meta"));
        fixtures.keySet().removeIf(path -> !path.endsWith(".json"));
        return fixtures;
    }

    /** The committed seeds of one fuzz test, by their path below its inputs directory. */
    public static Map<String, byte[]> seeds(Class<?> fuzzTests, String method) {
        return files(directory(fuzzTests, fuzzTests.getSimpleName() + "Inputs/" + method));
    }

    /**
     * A two-part fuzz input: its first line (up to the first {@code \n}, read as ISO-8859-1, the way a servlet
     * container reads header bytes) and the bytes after it; an input without {@code \n} has no first line
     * ({@code null}) and is all rest.
     */
    public static TwoParts split(byte[] input) {
        for (int i = 0; i < input.length; i++) {
            if (input[i] == '\n') {
                return new TwoParts(new String(input, 0, i, StandardCharsets.ISO_8859_1),
                        Arrays.copyOfRange(input, i + 1, input.length));
            }
        }
        return new TwoParts(null, input);
    }

    /** A seed of the two-part form: the line, {@code \n}, then the bytes. */
    public static byte[] join(String firstLine, byte[] rest) {
        byte[] line = (firstLine + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] joined = Arrays.copyOf(line, line.length + rest.length);
        System.arraycopy(rest, 0, joined, line.length, rest.length);
        return joined;
    }

    public record TwoParts(String firstLine, byte[] rest) {
    }

    private static Path directory(Class<?> anchor, String resource) {
        URL url = anchor.getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no resource directory " + resource + " next to " + anchor.getName());
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> files(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, byte[]> contents = new LinkedHashMap<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                contents.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
