package io.igbridge.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

import io.igbridge.config.Secret;
import io.igbridge.webhook.SignatureVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code send-test <kind>}: sends a realistic delivery, signed with the app secret as Meta signs it, to the running
 * instance's webhook, like {@code stripe trigger}; the instance stores and processes it as any other delivery.
 */
@Command(name = "send-test", mixinStandardHelpOptions = true,
        description = {"Sends a signed, realistic Meta delivery to the running instance's webhook "
                + "(POST /api/instagram/webhook), fresh ids, the current time.",
                "The instance handles it as a real one: a DM gets the auto-replies the rules give "
                        + "(sent to Meta: a made-up sender makes them fail there).",
                "The secret is the first of INSTAGRAM_WEBHOOK_SECRET (comma-separated), or the variable --secret-env "
                        + "names; on a terminal without either, it is asked for. It is never printed."})
final class SendTestCommand extends InstanceCommand {

    static final String SECRET_VARIABLE = "INSTAGRAM_WEBHOOK_SECRET";
    static final String ACCOUNT_VARIABLE = "INSTAGRAM_PAGE_ID";
    static final String WEBHOOK = "/api/instagram/webhook";

    @Parameters(index = "0", paramLabel = "<kind>", converter = TestDeliveryKind.Converter.class,
            description = "dm, comment, mention, story-mention or reaction")
    TestDeliveryKind kind;

    @Option(names = "--text", paramLabel = "<text>",
            description = "The text of the DM or comment (default: a greeting for a DM, praise for a comment)")
    String text;

    @Option(names = "--account", paramLabel = "<id>",
            description = "The Instagram account it is for (default: INSTAGRAM_PAGE_ID)")
    String account;

    @Option(names = "--from", paramLabel = "<igsid>",
            description = "The customer's Instagram-scoped id (default: a new one each time)")
    String from;

    @Option(names = "--secret-env", paramLabel = "<variable>", defaultValue = SECRET_VARIABLE,
            description = "The environment variable holding the app secret (default: ${DEFAULT-VALUE})")
    String secretVariable;

    SendTestCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (text != null && !kind.hasText()) {
            throw new ParameterException(spec.commandLine(), "--text: Meta sends a " + kind.cliName
                    + " without text (only dm and comment have one)");
        }
        String accountId = account != null ? account : context.variable(ACCOUNT_VARIABLE).orElseThrow(() ->
                new CommandFailure(ACCOUNT_VARIABLE + " is not set: set it as the instance has it, or give --account"));
        Secret secret = new Secret(secret());
        SecureRandom random = new SecureRandom();
        String sender = from != null ? from : MetaDelivery.newSender(random);
        byte[] body = new MetaDelivery(accountId, sender, context.clock().instant(), random)
                .body(kind, text != null ? text : kind.defaultText).getBytes(StandardCharsets.UTF_8);
        String signature = SignatureVerifier.sign(secret, body);

        Instance target = new Instance(instance.baseUrl(context));
        PrintWriter out = out();
        out.println("POST " + target.url(WEBHOOK) + " (" + kind.cliName + " for account " + accountId + " from "
                + sender + ")");
        out.println("X-Hub-Signature-256: " + signature);
        out.println(new String(body, StandardCharsets.UTF_8));
        out.flush();
        Answer answer = target.post(WEBHOOK, body, "Content-Type", "application/json", "X-Hub-Signature-256",
                signature);
        if (!answer.ok()) {
            throw new CommandFailure(refusal(answer));
        }
        String delivery = answer.header("X-Igbridge-Delivery").orElse("?");
        out.println(answer.status() + " " + answer.body().strip() + ": stored as delivery " + delivery
                + " (X-Igbridge-Delivery: " + delivery + ")");
        return 0;
    }

    private String secret() {
        String secrets = context.variable(secretVariable)
                .or(() -> context.askSecretly("App secret (the instance's " + SECRET_VARIABLE + "): "))
                .orElseThrow(() -> new CommandFailure(secretVariable + " is not set: set it to the app secret the "
                        + "instance runs with (its " + SECRET_VARIABLE + "), or run on a terminal to be asked"));
        // the service accepts a comma-separated list (rotation): Meta signs with one of them, the first here
        return Arrays.stream(secrets.split(",")).map(String::strip).filter(one -> !one.isEmpty()).findFirst()
                .orElseThrow(() -> new CommandFailure(secretVariable + " holds no secret"));
    }

    private static String refusal(Answer answer) {
        if (answer.status() == 401) {
            return answer.status() + answer.error().map(code -> " " + code).orElse("")
                    + ": the secret does not match the instance's " + SECRET_VARIABLE;
        }
        return answer.describe();
    }
}
