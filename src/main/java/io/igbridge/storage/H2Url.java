package io.igbridge.storage;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What igbridge needs to know of a JDBC URL: is it an H2 database kept on disk, in which directory, and does it turn
 * H2's background writer off ({@code WRITE_DELAY=0}).
 *
 * @param directory the directory of its file; empty for an H2 server ({@code tcp:}, {@code ssl:}), whose disk is
 *                  another machine's
 */
record H2Url(Optional<Path> directory, boolean writeDelayZero) {

    private static final String PREFIX = "jdbc:h2:";

    /** The URL's H2 facts; empty for another database or an in-memory H2. */
    static Optional<H2Url> of(String url) {
        if (url == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String[] parts = url.substring(PREFIX.length()).split(";");
        String location = parts[0];
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:")) {
            return Optional.empty();
        }
        boolean writeDelayZero = Arrays.stream(parts).skip(1).map(part -> part.replace(" ", ""))
                .anyMatch(part -> part.equalsIgnoreCase("WRITE_DELAY=0"));
        if (lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
            return Optional.of(new H2Url(Optional.empty(), writeDelayZero));
        }
        String file = lower.startsWith("file:") ? location.substring("file:".length()) : location;
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path directory = Path.of(file).toAbsolutePath().normalize().getParent();
        return Optional.of(new H2Url(Optional.ofNullable(directory), writeDelayZero));
    }
}
