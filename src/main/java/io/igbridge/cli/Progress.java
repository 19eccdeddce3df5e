package io.igbridge.cli;

import java.io.PrintWriter;

/**
 * How far a long operation is: on a terminal one line rewritten in place ({@code replayed 120/450}), otherwise
 * (a log, a pipe) a plain line every tenth of the way and at the end.
 */
final class Progress {

    private final PrintWriter out;
    private final boolean terminal;
    private final String verb;
    private final int total;
    private final int step;

    Progress(PrintWriter out, boolean terminal, String verb, int total) {
        this.out = out;
        this.terminal = terminal;
        this.verb = verb;
        this.total = total;
        this.step = Math.max(1, (total + 9) / 10);
    }

    void done(int count) {
        String line = verb + " " + count + "/" + total;
        if (terminal) {
            out.print("\r" + line);
            if (count == total) {
                out.println();
            }
        } else if (count == total || count % step == 0) {
            out.println(line);
        }
        out.flush();
    }
}
