package io.igbridge.cli;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code agents add <username>}: creates an agent of the team inbox ({@code POST /api/admin/agents}). The password is
 * never an argument (it would show in {@code ps} and the shell's history): it is read from standard input, from an
 * environment variable, or asked for on the terminal.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Creates an agent who signs in to the team inbox (POST /api/admin/agents). "
                + "Needs IGBRIDGE_ADMIN_TOKEN.",
                "The password: --password-stdin reads it from standard input, --password-env from a variable; "
                        + "otherwise it is asked for on the terminal."})
final class AgentsAddCommand extends InstanceCommand {

    @Parameters(paramLabel = "<username>", description = "Their sign-in name (lower case)")
    String username;

    @Option(names = "--display-name", paramLabel = "<name>", description = "Their name as the team sees it")
    String displayName;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input")
    boolean passwordFromStdin;

    @Option(names = "--password-env", paramLabel = "<variable>",
            description = "Read the password from this environment variable")
    String passwordVariable;

    AgentsAddCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        String password = password();
        AdminApi admin = admin();
        var request = Answer.JSON.createObjectNode().put("username", username).put("password", password);
        if (displayName != null) {
            request.put("displayName", displayName);
        }
        JsonNode agent = admin.expectOk(admin.post("/api/admin/agents", request.toString()));
        String name = agent.path("displayName").isString() ? " (" + agent.path("displayName").asString() + ")" : "";
        out().println("agent " + agent.path("username").asString() + name + " created: they "
                + "sign in at " + admin.instance().url("/ui/"));
        return 0;
    }

    private String password() {
        return new SecretInput(passwordFromStdin, passwordVariable, "password", "Password for " + username + ": ",
                "--password")
                .read(context, true);
    }
}
