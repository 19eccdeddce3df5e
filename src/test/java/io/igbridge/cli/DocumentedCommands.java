package io.igbridge.cli;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.ParameterException;

/** Checks a command line the docs give (the words after {@code java -jar igbridge.jar}), not running it. */
public final class DocumentedCommands {

    private DocumentedCommands() {
    }

    /** Why the command line would not run as written (an unknown command or option, a missing argument), if so. */
    public static Optional<String> problem(List<String> args) {
        if (!Cli.handles(args.toArray(String[]::new))) {
            return Optional.of("'" + args.get(0) + "' is not a command");
        }
        var context = new CliContext(Map.of(), new BufferedReader(new StringReader("")), null, Clock.systemUTC());
        try {
            Cli.commandLine(context).parseArgs(args.toArray(String[]::new));
            return Optional.empty();
        } catch (ParameterException wrong) {
            return Optional.of(wrong.getMessage());
        }
    }
}
