package io.igbridge.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.igbridge.support.FreePort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container image tarball that {@code ./mvnw -Pimage verify} builds (Jib, on the base that
 * {@code src/image/base-image.sh} makes): its configuration — a non-root user, the entrypoint, the port, the data
 * volume — and the service started from the image's files the way a container runtime starts it: the image as its root
 * directory, a process and /proc of its own, the image's environment and nothing else, the image's working directory
 * and user. The image's layers are unpacked and run with util-linux's {@code unshare}, so these tests need root, as CI
 * has; they run in the profile "image" only (pom.xml), never in the test suite.
 */
class ContainerImageTests {

    private static final String USER = "10001:10001";
    private static final int UID = 10001;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);
    private static final Path LOG = Path.of("target", "service-logs", "container-image", "service.log");

    @TempDir
    static Path unpacked;

    private static Path root;
    private static JsonNode config;

    @BeforeAll
    static void unpackTheImage() throws IOException, InterruptedException {
        assertThat(Files.readString(Path.of("/proc/self/status"))).as("these checks unpack the image with its files' "
                + "owners and start it with unshare: run them as root").containsPattern("(?m)^Uid:\\s+0\\s");
        String tarball = System.getProperty("igbridge.image.tar");
        assertThat(tarball).as("the image tarball (system property igbridge.image.tar, set by the profile image)")
                .isNotBlank();
        Path archive = unpacked.resolve("archive");
        Files.createDirectories(archive);
        tar(Path.of(tarball), archive);
        var mapper = JsonMapper.builder().build();
        JsonNode manifest = mapper.readTree(Files.readString(archive.resolve("manifest.json"))).get(0);
        config = mapper.readTree(Files.readString(archive.resolve(manifest.get("Config").asString()))).get("config");
        root = unpacked.resolve("root");
        Files.createDirectories(root);
        for (JsonNode layer : manifest.get("Layers")) {
            tar(archive.resolve(layer.asString()), root);
        }
    }

    @Test
    void runsAsANonRootUserItsPasswdFileNames() throws IOException {
        assertThat(config.path("User").asString()).isEqualTo(USER);
        assertThat(Files.readAllLines(root.resolve("etc/passwd")))
                .anyMatch(line -> line.startsWith("igbridge:x:" + UID + ":" + UID + ":"));
        assertThat(Files.readAllLines(root.resolve("etc/group"))).contains("igbridge:x:" + UID + ":");
    }

    @Test
    void exposesTheServicePort() {
        assertThat(names(config.path("ExposedPorts"))).containsExactly("8000/tcp");
    }

    @Test
    void keepsTheDatabaseOnAVolumeItsUserOwns() throws IOException {
        assertThat(names(config.path("Volumes"))).containsExactly("/data");
        assertThat(environment()).containsEntry("IGBRIDGE_DATA_DIR", "/data");
        Path data = root.resolve("data");
        assertThat(data).isDirectory();
        assertThat(Files.getAttribute(data, "unix:uid")).isEqualTo(UID);
        assertThat(Files.getAttribute(data, "unix:gid")).isEqualTo(UID);
        assertThat(Files.getPosixFilePermissions(data)).contains(PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void switchesTheUnsignedTestEndpointOff() {
        // behind rootless port forwarding every caller is 127.0.0.1 in the container, which the endpoint trusts
        assertThat(environment()).containsEntry("IGBRIDGE_WEBHOOK_TEST_ENABLED", "false");
    }

    @Test
    void boundsTheHeapUnlessTheContainerIsGivenJavaToolOptionsOfItsOwn() {
        // the JVM's default heap is a quarter of the memory it sees: 2 GB of RSS after 1,000,000 deliveries on H2
        assertThat(environment()).containsEntry("JAVA_TOOL_OPTIONS", "-Xmx256m");
    }

    @Test
    void itsEntrypointIsTheImagesOwnJava21OrLaterOnTheApplicationsClassPath() throws IOException {
        List<String> entrypoint = strings(config.path("Entrypoint"));
        assertThat(entrypoint).containsExactly("/opt/java/bin/java", "-cp", "@/app/jib-classpath-file",
                "io.igbridge.IgbridgeApplication");
        assertThat(inImage(entrypoint.get(0))).isExecutable();
        String release = Files.readString(root.resolve("opt/java/release"));
        var version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(release);
        assertThat(version.find()).as("JAVA_VERSION in the JRE's release file").isTrue();
        assertThat(Integer.parseInt(version.group(1))).isGreaterThanOrEqualTo(21);
        String classPath = Files.readString(inImage("/app/jib-classpath-file")).strip();
        assertThat(classPath.split(":")).contains("/app/classes")
                .allSatisfy(entry -> assertThat(inImage(entry)).exists());
        assertThat(inImage("/app/classes/io/igbridge/IgbridgeApplication.class")).isRegularFile();
    }

    @Test
    void itsEntrypointStartsTheServiceAsItsUserWithTheDatabaseOnTheVolumeAndNoTestEndpoint() throws Exception {
        int port = FreePort.pick();
        provideWhatARuntimeProvides();
        var command = new ArrayList<>(List.of("unshare", "--pid", "--kill-child", "--mount-proc",
                "--root=" + root, "--wd=" + config.path("WorkingDir").asString("/"),
                "--setgid", USER.split(":")[1], "--setuid", USER.split(":")[0]));
        command.addAll(strings(config.path("Entrypoint")));
        command.addAll(strings(config.path("Cmd")));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        Files.createDirectories(LOG.getParent());
        Process container = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build();
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
                assertThat(container.isAlive()).as(() -> "the image's entrypoint ended before the service was UP:\n"
                        + logTail()).isTrue();
                try {
                    return http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (IOException notYetListening) {
                    return false;
                }
            });
            ProcessHandle java = container.descendants().filter(process -> process.info().command()
                    .map(path -> path.endsWith("/java")).orElse(false)).findFirst().orElseThrow();
            String status = Files.readString(Path.of("/proc", Long.toString(java.pid()), "status"));
            assertThat(status).containsPattern("(?m)^Uid:\\s+" + UID + "\\s+" + UID + "\\s+" + UID + "\\s+" + UID + "$")
                    .containsPattern("(?m)^Gid:\\s+" + UID + "\\s+" + UID + "\\s+" + UID + "\\s+" + UID + "$")
                    .containsPattern("(?m)^Groups:\\s*$");
            var unsignedTest = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/instagram/webhook-test")).POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(5)).build();
            assertThat(http.send(unsignedTest, HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("the test endpoint, asked from loopback").isEqualTo(404);
            Path database = root.resolve("data/igbridge.mv.db");
            assertThat(database).isRegularFile();
            assertThat(Files.getAttribute(database, "unix:uid")).isEqualTo(UID);
            assertThat(Files.readString(LOG)).as("the JVM took the image's heap bound")
                    .contains("Picked up JAVA_TOOL_OPTIONS: -Xmx256m");
            java.destroy();
        } finally {
            container.descendants().forEach(ProcessHandle::destroy);
            assertThat(container.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .as("the service still running " + EXIT_TIMEOUT.toSeconds() + " s after SIGTERM").isTrue();
        }
    }

    /**
     * What every container runtime adds to the image's files: the mount point of /proc, and /dev with its null, zero
     * and random devices.
     */
    private static void provideWhatARuntimeProvides() throws IOException, InterruptedException {
        Files.createDirectories(root.resolve("proc"));
        Path dev = root.resolve("dev");
        Files.createDirectories(dev);
        for (String[] device : new String[][] {{"null", "3"}, {"zero", "5"}, {"random", "8"}, {"urandom", "9"}}) {
            if (!Files.exists(dev.resolve(device[0]))) {
                run("mknod", "-m", "666", dev.resolve(device[0]).toString(), "c", "1", device[1]);
            }
        }
    }

    /** The image's environment, as its runtime gives it to the entrypoint. */
    private static Map<String, String> environment() {
        var environment = new TreeMap<String, String>();
        for (String variable : strings(config.path("Env"))) {
            int equals = variable.indexOf('=');
            environment.put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        return environment;
    }

    private static Path inImage(String absolutePath) {
        return root.resolve(absolutePath.substring(1));
    }

    private static List<String> strings(JsonNode array) {
        var strings = new ArrayList<String>();
        array.forEach(element -> strings.add(element.asString()));
        return strings;
    }

    private static List<String> names(JsonNode object) {
        return object.propertyNames().stream().toList();
    }

    /** Unpacks a tar archive (gzipped or not) as a runtime does: owners and modes as recorded. */
    private static void tar(Path archive, Path into) throws IOException, InterruptedException {
        run("tar", "--extract", "--file", archive.toString(), "--directory", into.toString(), "--same-owner",
                "--same-permissions", "--numeric-owner", "--warning=no-unknown-keyword");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private static String logTail() {
        try {
            List<String> lines = Files.readAllLines(LOG);
            return lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream()
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
