package io.igbridge.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command line's entry point. {@link #handles} tells the application's {@code main} whether its arguments are a
 * command (the first one a command's name, or help); anything else, Spring Boot's {@code --server.port=…} or
 * nothing, starts the service as always.
 */
public final class Cli {

    private static final Set<String> HELP = Set.of("--help", "-h", "help", "--version", "-V");

    private Cli() {
    }

    /** Whether {@code args} ask for a command rather than the service. */
    public static boolean handles(String[] args) {
        if (args.length == 0) {
            return false;
        }
        if (HELP.contains(args[0])) {
            return true;
        }
        // Spring Boot's own arguments (--server.port=8080, --spring.profiles.active=…) start the service
        return !args[0].startsWith("-") && new CommandLine(new IgbridgeCommand(), new Factory(null))
                .getSubcommands().containsKey(args[0]);
    }

    /** Runs the command the arguments name, in this process's environment; returns its exit code. */
    public static int run(String[] args) {
        // a command prints its own lines: no log lines from the service's classes it uses (the rules' loader)
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.OFF);
        }
        var context = new CliContext(CliContext.processEnvironment(),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.console(),
                Clock.systemUTC());
        CommandLine commandLine = commandLine(context);
        commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        return commandLine.execute(args);
    }

    /** The command tree, its commands given {@code context}; a failure prints its sentence and exits with 1. */
    static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new IgbridgeCommand(), new Factory(context));
        commandLine.setExecutionExceptionHandler((failure, failed, parsed) -> {
            PrintWriter err = failed.getErr();
            if (failure instanceof CommandFailure) {
                err.println("error: " + failure.getMessage());
            } else {
                err.println("error: " + failure);
                failure.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return commandLine;
    }

    /** Creates each command with the context when it takes one (a constructor of one {@link CliContext}). */
    private record Factory(CliContext context) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliContext.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
