package io.igbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.igbridge.cli.DocumentedCommands;
import org.junit.jupiter.api.Test;

/**
 * The operator's documentation names only things that exist: every setting is in the README's settings section or
 * {@code application.properties}, every {@code /api/...} path is mapped in the source, every {@code igbridge_*}
 * metric is a registered meter in its Prometheus form, and every {@code ./mvnw} or {@code java -jar} command is one
 * the README gives.
 */
class DocsMentionRealThingsTests {

    private static final List<Path> DOCS = List.of(Path.of("docs/meta-setup.md"), Path.of("docs/meta-setup.fr.md"),
            Path.of("docs/troubleshooting.md"), Path.of("docs/operations.md"));

    private static final Pattern SETTING = Pattern.compile("\\b((?:IGBRIDGE|INSTAGRAM|SPRING)_[A-Z0-9_]*[A-Z0-9])\\b");
    // "/api/..." not preceded by a letter or a slash, so "/ui/api/..." is not taken for an "/api/..." path
    private static final Pattern API_PATH = Pattern.compile("(?<![A-Za-z/])/api/[A-Za-z0-9_.{}\\-/]*[A-Za-z0-9_}\\-]");
    private static final Pattern METRIC = Pattern.compile("\\bigbridge_[a-z0-9_]*[a-z0-9]");
    private static final Pattern COMMAND = Pattern.compile("`((?:\\./mvnw|java -jar) [^`]+)`");

    /** A run of the jar with what follows it, to a closing backtick or the end of the line. */
    private static final Pattern JAR_RUN = Pattern.compile("java -jar \\S+\\.jar ([^`\\n]+)");
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private static final Pattern MAPPING = Pattern.compile("@(?:Get|Post|Put|Delete|Patch|Request)Mapping\\(([^)]*)\\)");
    private static final Pattern PATH_CONSTANT = Pattern.compile("\\bPATH\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern METER = Pattern.compile(
            "\\b(Counter|FunctionCounter|Timer|DistributionSummary|Gauge)\\.builder\\(\\s*\"(igbridge[a-z0-9.]*)\"");
    private static final Pattern REGISTRY_METER = Pattern.compile(
            "\\bregistry\\.(counter|timer|summary|gauge)\\(\\s*\"(igbridge[a-z0-9.]*)\"");

    @Test
    void everySettingTheDocsNameIsARealSetting() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Settings");
        assertThat(start).as("the README's settings section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String known = readme.substring(start, end < 0 ? readme.length() : end)
                + Files.readString(Path.of("src/main/resources/application.properties"));
        var unknown = new TreeSet<String>();
        var named = new TreeSet<String>();
        for (Path doc : DOCS) {
            Matcher setting = SETTING.matcher(Files.readString(doc));
            while (setting.find()) {
                String name = setting.group(1);
                named.add(name);
                if (!Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(known).find()) {
                    unknown.add(name + " (" + doc + ")");
                }
            }
        }
        assertThat(named).as("settings named by the docs").contains("INSTAGRAM_WEBHOOK_SECRET", "IGBRIDGE_TOKEN_KEY",
                "SPRING_DATASOURCE_URL");
        assertThat(unknown).as("settings in the docs but not in the README's settings nor application.properties")
                .isEmpty();
    }

    @Test
    void everyApiPathTheDocsNameIsMapped() throws IOException {
        List<Pattern> mapped = mappedPaths().stream().map(DocsMentionRealThingsTests::template).toList();
        var unknown = new TreeSet<String>();
        var named = new TreeSet<String>();
        for (Path doc : DOCS) {
            Matcher path = API_PATH.matcher(Files.readString(doc));
            while (path.find()) {
                String found = path.group();
                named.add(found);
                if (mapped.stream().noneMatch(template -> template.matcher(found).matches())) {
                    unknown.add(found + " (" + doc + ")");
                }
            }
        }
        assertThat(named).as("paths named by the docs").contains("/api/instagram/webhook", "/api/admin/diagnostics");
        assertThat(unknown).as("/api/ paths in the docs that no controller maps").isEmpty();
    }

    @Test
    void everyMetricTheDocsNameIsRegistered() throws IOException {
        Set<String> prometheusNames = prometheusNames();
        var unknown = new TreeSet<String>();
        var named = new TreeSet<String>();
        for (Path doc : DOCS) {
            Matcher metric = METRIC.matcher(Files.readString(doc));
            while (metric.find()) {
                named.add(metric.group());
                if (!prometheusNames.contains(metric.group())) {
                    unknown.add(metric.group() + " (" + doc + ")");
                }
            }
        }
        assertThat(named).as("metrics named by the docs").contains("igbridge_webhook_ack_seconds");
        assertThat(unknown).as("igbridge_* metrics in the docs that no meter registers").isEmpty();
    }

    @Test
    void everyBuildOrRunCommandTheDocsGiveIsTheReadmes() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        var unknown = new TreeSet<String>();
        for (Path doc : DOCS) {
            Matcher command = COMMAND.matcher(Files.readString(doc));
            while (command.find()) {
                if (!readme.contains(command.group(1))) {
                    unknown.add(command.group(1) + " (" + doc + ")");
                }
            }
        }
        assertThat(unknown).as("./mvnw and java -jar commands in the docs that the README does not give").isEmpty();
    }

    @Test
    void everyCommandLineTheDocsGiveIsACommandWithItsOptions() throws IOException {
        var wrong = new TreeSet<String>();
        var checked = new TreeSet<String>();
        for (Path doc : Stream.concat(Stream.of(Path.of("README.md")), DOCS.stream()).toList()) {
            Matcher run = JAR_RUN.matcher(Files.readString(doc));
            while (run.find()) {
                List<String> args = arguments(run.group(1));
                // the service with Spring Boot's arguments, or a placeholder (java -jar igbridge.jar <command>)
                if (args.isEmpty() || args.get(0).startsWith("--") && !args.get(0).equals("--help")) {
                    continue;
                }
                checked.add(String.join(" ", args));
                DocumentedCommands.problem(args).ifPresent(problem -> wrong.add(run.group() + " (" + doc + "): "
                        + problem));
            }
        }
        assertThat(checked).as("command lines the docs give").contains("check", "replay --since 2h");
        assertThat(wrong).as("command lines in the docs that the command line would refuse").isEmpty();
    }

    /** The words of a command line, quotes removed, up to a redirection, a pipe, a comment or a placeholder. */
    private static List<String> arguments(String line) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(line);
        while (word.find()) {
            String text = word.group(1) != null ? word.group(1) : word.group(2);
            if (word.group(1) == null && (text.startsWith("<") || text.startsWith(">") || text.equals("|")
                    || text.equals("#"))) {
                break;
            }
            words.add(text);
        }
        return words;
    }

    /** The paths of every request mapping in the source, and the servlet filters' {@code PATH} constants. */
    private static List<String> mappedPaths() throws IOException {
        List<String> paths = new ArrayList<>();
        for (String source : javaSources()) {
            Matcher mapping = MAPPING.matcher(source);
            while (mapping.find()) {
                Matcher literal = STRING.matcher(mapping.group(1));
                while (literal.find()) {
                    paths.add(literal.group(1));
                }
            }
            Matcher constant = PATH_CONSTANT.matcher(source);
            while (constant.find()) {
                paths.add(constant.group(1));
            }
        }
        assertThat(paths).as("mapped paths found in src/main/java").contains("/api/instagram/webhook");
        return paths;
    }

    /** A mapped path as a pattern: each {@code {variable}} stands for one path segment. */
    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = Pattern.compile("\\{[^}]+}").matcher(path);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(path.substring(last, variable.start()))).append("[^/]+");
            last = variable.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(path.substring(last))).toString());
    }

    /** What {@code /actuator/prometheus} calls each registered meter, by its kind. */
    private static Set<String> prometheusNames() throws IOException {
        var names = new TreeSet<String>();
        for (String source : javaSources()) {
            for (Pattern pattern : List.of(METER, REGISTRY_METER)) {
                Matcher meter = pattern.matcher(source);
                while (meter.find()) {
                    String base = meter.group(2).replace('.', '_');
                    switch (meter.group(1).toLowerCase()) {
                        case "counter", "functioncounter" -> names.add(base + "_total");
                        case "timer" -> Stream.of("", "_bucket", "_count", "_sum", "_max")
                                .forEach(suffix -> names.add(base + "_seconds" + suffix));
                        case "distributionsummary", "summary" -> Stream.of("", "_bucket", "_count", "_sum", "_max")
                                .forEach(suffix -> names.add(base + suffix));
                        default -> names.add(base);
                    }
                }
            }
        }
        assertThat(names).as("meters registered in src/main/java").contains("igbridge_webhook_ack_seconds",
                "igbridge_outbox_actions_total");
        return names;
    }

    private static List<String> javaSources() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
        }
        return sources;
    }
}
