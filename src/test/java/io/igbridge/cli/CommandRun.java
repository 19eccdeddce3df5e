package io.igbridge.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/**
 * One run of the command line in this JVM, through its picocli entry point, as a user would see it: the exit code
 * and what it printed. The environment and standard input are the test's (no terminal).
 */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(Map<String, String> env, String... args) {
        return withInput(env, "", args);
    }

    static CommandRun withInput(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Cli.commandLine(new CliContext(env, new BufferedReader(new StringReader(stdin)), null,
                Clock.systemUTC()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
