package io.igbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** Progress of a long operation: one line rewritten in place on a terminal, a line every tenth otherwise. */
class ProgressTests {

    private static String shown(boolean terminal, int total) {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), terminal, "replayed", total);
        for (int done = 1; done <= total; done++) {
            progress.done(done);
        }
        return out.toString();
    }

    @Test
    void onATerminalOneLineIsRewrittenInPlace() {
        assertThat(shown(true, 3)).isEqualTo("\rreplayed 1/3\rreplayed 2/3\rreplayed 3/3" + System.lineSeparator());
    }

    @Test
    void elsewhereALineEveryTenthOfTheWayAndAtTheEnd() {
        assertThat(shown(false, 25).lines()).containsExactly("replayed 3/25", "replayed 6/25", "replayed 9/25",
                "replayed 12/25", "replayed 15/25", "replayed 18/25", "replayed 21/25", "replayed 24/25",
                "replayed 25/25");
    }
}
