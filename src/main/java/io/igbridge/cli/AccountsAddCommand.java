package io.igbridge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code accounts add <account-id>}: adds an Instagram account ({@code POST /api/admin/accounts}); its access token is
 * stored encrypted by the instance (it needs {@code IGBRIDGE_TOKEN_KEY}). The token is never an argument: it is read
 * from standard input, from an environment variable, or asked for on the terminal.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Adds an Instagram account the instance answers for (POST /api/admin/accounts). "
                + "Needs IGBRIDGE_ADMIN_TOKEN; the instance needs IGBRIDGE_TOKEN_KEY to store the token encrypted.",
                "The access token: --token-stdin reads it from standard input, --token-env from a variable; "
                        + "otherwise it is asked for on the terminal."})
final class AccountsAddCommand extends InstanceCommand {

    @Parameters(paramLabel = "<account-id>", description = "The Instagram account's id (the webhook's entry.id)")
    String accountId;

    @Option(names = "--login", paramLabel = "<instagram|facebook>", defaultValue = "instagram",
            description = "How its token was obtained: instagram (Business Login for Instagram, the default) or "
                    + "facebook (Facebook Login, a Page token)")
    String login;

    @Option(names = "--display-name", paramLabel = "<name>", description = "Its name as the team sees it")
    String displayName;

    @Option(names = "--rules-file", paramLabel = "<path>",
            description = "Its own rules file, on the instance's machine (default: the instance's rules)")
    String rulesFile;

    @Option(names = "--token-stdin", description = "Read the access token from the first line of standard input")
    boolean tokenFromStdin;

    @Option(names = "--token-env", paramLabel = "<variable>",
            description = "Read the access token from this environment variable")
    String tokenVariable;

    AccountsAddCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        String token = new SecretInput(tokenFromStdin, tokenVariable, "access token",
                "Access token of " + accountId + ": ", "--token").read(context, false);
        AdminApi admin = admin();
        var request = Answer.JSON.createObjectNode().put("accountId", accountId).put("login", login)
                .put("accessToken", token);
        if (displayName != null) {
            request.put("displayName", displayName);
        }
        if (rulesFile != null) {
            request.put("rulesFile", rulesFile);
        }
        JsonNode account = admin.expectOk(admin.post("/api/admin/accounts", request.toString()));
        out().println("account " + AccountsListCommand.describe(account) + " added: its events are answered with "
                + "its own token");
        return 0;
    }
}
