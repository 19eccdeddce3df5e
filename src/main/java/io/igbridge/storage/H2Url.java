package io.igbridge.storage;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What igbridge needs to know of a JDBC URL: is it an H2 database kept on disk, in which directory, does it turn
 * H2's background writer off ({@code WRITE_DELAY=0}), and does H2 close it by itself as the JVM begins to exit (unless
 * {@code DB_CLOSE_ON_EXIT=FALSE}).
 *
 * @param directory   the directory of its file; empty for an H2 server ({@code tcp:}, {@code ssl:}), whose disk is
 *                    another machine's
 * @param closeOnExit H2's own shutdown hook closes the database, racing the service's graceful stop (never for an H2
 *                    server: its own JVM closes the database)
 */
record H2Url(Optional<Path> directory, boolean writeDelayZero, boolean closeOnExit) {

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
        boolean writeDelayZero = hasOption(parts, "WRITE_DELAY=0");
        boolean closeOnExit = !hasOption(parts, "DB_CLOSE_ON_EXIT=FALSE");
        if (lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
            // an H2 server's database is closed by the server's JVM, not by this one's exit
            return Optional.of(new H2Url(Optional.empty(), writeDelayZero, false));
        }
        String file = lower.startsWith("file:") ? location.substring("file:".length()) : location;
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path directory = Path.of(file).toAbsolutePath().normalize().getParent();
        return Optional.of(new H2Url(Optional.ofNullable(directory), writeDelayZero, closeOnExit));
    }

    private static boolean hasOption(String[] parts, String option) {
        return Arrays.stream(parts).skip(1).map(part -> part.replace(" ", "")).anyMatch(option::equalsIgnoreCase);
    }
}
