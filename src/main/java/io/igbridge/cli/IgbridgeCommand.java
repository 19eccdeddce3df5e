package io.igbridge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * {@code java -jar igbridge.jar <command>}: the top of the command tree. A new command is a class of its own, listed
 * here (e.g. an {@code accounts} command with {@code add} and {@code list}, as {@link AgentsCommand} is built).
 */
@Command(name = "igbridge", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"igbridge's command line. Without a command, java -jar igbridge.jar runs the service.",
                "Commands talk to a running instance over HTTP (--url), except rules validate."},
        subcommands = {SendTestCommand.class, ReplayCommand.class, RulesCommand.class, AgentsCommand.class,
                CheckCommand.class, HelpCommand.class})
final class IgbridgeCommand {
}
