package io.igbridge.cli;

import java.util.Optional;

/**
 * A secret a command needs (a password, an access token), never taken as an argument (it would show in {@code ps}
 * and the shell's history): read from standard input, from an environment variable, or asked for on the terminal.
 *
 * @param fromStdin  read it from the first line of standard input ({@code --…-stdin})
 * @param variable   read it from this environment variable ({@code --…-env}), or null
 * @param what       what it is, for errors ("password")
 * @param prompt     what the terminal asks ("Password for camille: ")
 * @param optionName the options' common stem ("--password", "--token")
 */
record SecretInput(boolean fromStdin, String variable, String what, String prompt, String optionName) {

    /** The secret; typed twice when asked for on the terminal, if {@code confirm}. */
    String read(CliContext context, boolean confirm) {
        if (fromStdin) {
            return context.readLine().orElseThrow(() ->
                    new CommandFailure(optionName + "-stdin: standard input is empty"));
        }
        if (variable != null) {
            return context.variable(variable).orElseThrow(() -> new CommandFailure(optionName + "-env: "
                    + variable + " is not set"));
        }
        Optional<String> typed = context.askSecretly(prompt);
        if (typed.isEmpty()) {
            throw new CommandFailure("no " + what + ": give it with " + optionName + "-stdin (e.g. from a file) or "
                    + optionName + "-env, or run on a terminal to be asked");
        }
        if (confirm && !typed.equals(context.askSecretly("The same again: "))) {
            throw new CommandFailure("the two differ: nothing was done");
        }
        return typed.get();
    }
}
