package io.igbridge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code agents …}: the team inbox's agents, through the running instance's admin API. */
@Command(name = "agents", mixinStandardHelpOptions = true, description = "The team inbox's agents (web UI under /ui/)",
        subcommands = {AgentsAddCommand.class, HelpCommand.class})
final class AgentsCommand {
}
