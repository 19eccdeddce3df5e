package io.igbridge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code accounts …}: the Instagram accounts the instance answers for, through its admin API. */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "The Instagram accounts the instance answers for (besides the one its environment sets)",
        subcommands = {AccountsAddCommand.class, AccountsListCommand.class, HelpCommand.class})
final class AccountsCommand {
}
