package io.igbridge.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.igbridge.config.DotEnvFile;

/**
 * What a command reads from around it, injected so that tests give their own: the environment variables (with the
 * service's {@code .env} file under them, as the service reads it), standard input, the console when there is a
 * terminal (null otherwise), and the clock.
 */
record CliContext(Map<String, String> env, BufferedReader stdin, Console console, Clock clock) {

    /** The process's environment, over the {@code .env} file the service would read (a real variable wins). */
    static Map<String, String> processEnvironment() {
        Map<String, String> merged = new HashMap<>(DotEnvFile.read(
                System.getenv().getOrDefault(DotEnvFile.LOCATION_SETTING, DotEnvFile.DEFAULT_LOCATION)));
        merged.putAll(System.getenv());
        return merged;
    }

    /** A variable's value, empty when it is unset or blank. */
    Optional<String> variable(String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    boolean onTerminal() {
        return console != null;
    }

    /** Asks for a secret on the terminal without echoing it; empty when there is no terminal. */
    Optional<String> askSecretly(String prompt) {
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("%s", prompt);
        return typed == null ? Optional.empty() : Optional.of(new String(typed));
    }

    /** One line of standard input, without its line end; empty at the end of the input. */
    Optional<String> readLine() {
        try {
            return Optional.ofNullable(stdin.readLine());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
