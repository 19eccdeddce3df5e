package io.igbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every setting the service reads is in the README's settings table, with the default it really has. */
class ReadmeSettingsTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{((?:IGBRIDGE|INSTAGRAM)_[A-Z_]+)(?::([^}]*))?}");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);

    @Test
    void everySettingIsDocumentedWithItsDefault() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(readme);
        while (row.find()) {
            documented.put(row.group(1), row.group(2).strip());
        }
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        Matcher placeholder = PLACEHOLDER.matcher(properties);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String defaultValue = placeholder.group(2);
            assertThat(documented).as("README settings table").containsKey(name);
            if (defaultValue != null && !defaultValue.isEmpty() && !defaultValue.startsWith("./")) {
                assertThat(documented.get(name)).as("default of " + name).isEqualTo("`" + defaultValue + "`");
            }
        }
        assertThat(documented).containsKeys(settingsNamedInJava().toArray(String[]::new));
    }

    private static TreeSet<String> settingsNamedInJava() throws IOException {
        var names = new TreeSet<String>();
        Pattern literal = Pattern.compile("\"((?:IGBRIDGE|INSTAGRAM)_[A-Z_]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }
}
