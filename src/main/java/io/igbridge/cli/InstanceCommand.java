package io.igbridge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that talks to a running instance: what is around it, the instance's address ({@code --url}), where it
 * prints. A new one (e.g. {@code accounts add}) extends it and implements {@link #call()}; its exit code is 0 when
 * it did its work, and a {@link CommandFailure} says why it could not (exit code 1).
 */
abstract class InstanceCommand implements Callable<Integer> {

    final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    InstanceOptions instance;

    InstanceCommand(CliContext context) {
        this.context = context;
    }

    /** The admin API of the instance, with the admin token from the environment. */
    AdminApi admin() {
        return AdminApi.connect(context, instance);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
