package io.igbridge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code rules …}: the auto-reply rules files. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Auto-reply rules files (docs/rules.md)",
        subcommands = {RulesValidateCommand.class, HelpCommand.class})
final class RulesCommand {
}
