package io.igbridge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * {@code java -jar igbridge.jar <command>}: the top of the command tree. A new command is a class of its own, listed
 * here (a group of subcommands as {@link AccountsCommand} and {@link AgentsCommand} are).
 */
@Command(name = "igbridge", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"igbridge's command line. Without a command, java -jar igbridge.jar runs the service.",
                "Commands talk to a running instance over HTTP (--url), except rules validate."},
        subcommands = {SendTestCommand.class, ReplayCommand.class, RulesCommand.class, AccountsCommand.class,
                AgentsCommand.class, CheckCommand.class, HelpCommand.class})
final class IgbridgeCommand {
}
