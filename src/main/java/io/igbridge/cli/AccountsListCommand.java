package io.igbridge.cli;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

/** {@code accounts list}: the accounts the instance answers for ({@code GET /api/admin/accounts}), never a token. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the accounts the instance answers for, with their status and token expiry "
                + "(GET /api/admin/accounts). Needs IGBRIDGE_ADMIN_TOKEN.")
final class AccountsListCommand extends InstanceCommand {

    AccountsListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        AdminApi admin = admin();
        JsonNode accounts = admin.expectOk(admin.get("/api/admin/accounts"));
        for (JsonNode account : accounts) {
            String expiry = text(account, "tokenExpiresAt");
            out().println(describe(account) + ", " + text(account, "status")
                    + ("environment".equals(text(account, "source")) ? ", from the environment" : "")
                    + (expiry == null ? "" : ", token expires " + expiry));
        }
        out().println(accounts.size() + (accounts.size() == 1 ? " account" : " accounts"));
        return 0;
    }

    /** "17841400000000002 (Atelier Lin, instagram)". */
    static String describe(JsonNode account) {
        String name = text(account, "displayName");
        return text(account, "accountId") + " (" + (name == null ? "" : name + ", ") + text(account, "login") + ")";
    }

    private static String text(JsonNode account, String field) {
        JsonNode value = account.path(field);
        return value.isString() ? value.asString() : null;
    }
}
