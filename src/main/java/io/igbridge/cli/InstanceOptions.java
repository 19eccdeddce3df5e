package io.igbridge.cli;

import picocli.CommandLine.Option;

/** Where the running igbridge is: {@code --url}, else this machine on the port the service reads. */
final class InstanceOptions {

    static final String DEFAULT_PORT = "8000";

    @Option(names = "--url", paramLabel = "<url>", description = "The running igbridge (default: "
            + "http://localhost:<SERVER_PORT>, the service's port setting, else http://localhost:" + DEFAULT_PORT + ")")
    String url;

    String baseUrl(CliContext context) {
        String base = url != null ? url : "http://localhost:" + context.variable("SERVER_PORT").orElse(DEFAULT_PORT);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
