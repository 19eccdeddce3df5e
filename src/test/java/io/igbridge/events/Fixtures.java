package io.igbridge.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Reads the Meta fixtures from the test classpath. */
final class Fixtures {

    /** When the test "received" every fixture: the fallback time for events without a timestamp. */
    static final Instant RECEIVED_AT = Instant.parse("2026-11-20T09:31:00Z");

    private Fixtures() {
    }

    static byte[] read(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/meta/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture meta/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code .json} file below {@code meta/}, as paths relative to it with {@code /} separators. */
    static List<String> all() {
        try {
            Path root = Path.of(Fixtures.class.getResource("/meta").toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(file -> file.toString().endsWith(".json"))
                        .map(file -> root.relativize(file).toString().replace('\\', '/'))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParsedDelivery parse(String path, boolean objectRequired) {
        return new WebhookPayloadParser().parse(read(path), objectRequired, RECEIVED_AT);
    }

    /** Supplies a {@link Fixture}-annotated test with its parsed fixture. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
            return parameter.getParameter().getType() == ParsedDelivery.class
                    && extension.getRequiredTestMethod().isAnnotationPresent(Fixture.class);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
            Fixture fixture = extension.getRequiredTestMethod().getAnnotation(Fixture.class);
            return parse(fixture.value(), fixture.objectRequired());
        }
    }
}
