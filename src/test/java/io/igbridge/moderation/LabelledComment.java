package io.igbridge.moderation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line of an evaluation file: the expected labels and the comment. */
record LabelledComment(int line, TextLanguage language, Sentiment sentiment, boolean abusive, boolean spam,
                       boolean question, String text) {

    static List<LabelledComment> read(String resource) {
        try {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/moderation", resource),
                    StandardCharsets.UTF_8);
            java.util.ArrayList<LabelledComment> comments = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 6) {
                    throw new IllegalStateException(resource + ":" + (i + 1) + ": expected 6 columns");
                }
                comments.add(new LabelledComment(i + 1, TextLanguage.fromCode(columns[0]).orElseThrow(),
                        Sentiment.fromCode(columns[1]).orElseThrow(), yes(columns[2]), yes(columns[3]),
                        yes(columns[4]), columns[5]));
            }
            return comments;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean yes(String column) {
        if (!column.equals("yes") && !column.equals("no")) {
            throw new IllegalStateException("expected yes or no: " + column);
        }
        return column.equals("yes");
    }
}
