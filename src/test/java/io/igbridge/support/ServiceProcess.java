package io.igbridge.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;

/**
 * The service as a separate JVM — one node — for tests that kill it with SIGKILL and start it again, or run several
 * nodes on one database. It runs the test's class path without the test classes (so no test bean can slip into its
 * component scan), in a working directory of its own, on a free port kept across restarts, with settings given as
 * environment variables only (none inherited from the test's environment), and writes its output to
 * {@code target/service-logs/<name>/<log name>}; a failure shows the end of that log.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Threads sending on each node: a kill can leave this many actions in flight on it. */
    public static final int OUTBOX_WORKERS = 2;


    private static final Path LOGS = Path.of("target", "service-logs");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);
    /** What {@link Process#exitValue()} says of a process ended by signal 9 (128 + the signal). */
    private static final int KILLED_BY_SIGKILL = 137;

    private final String name;
    private final Path workDir;
    private final int port;
    private final TestDatabases.Database database;
    private final Map<String, String> settings;
    private final WebhookClient client;
    private Process process;
    private Path log;

    /** A node on a fresh database of the kind chosen for the run, named after its working directory. */
    public ServiceProcess(Path workDir, Map<String, String> settings) {
        this(workDir.getFileName().toString(), workDir, TestDatabases.postgresSelected()
                ? TestDatabases.freshPostgres() : TestDatabases.h2In(workDir.resolve("data")), settings);
    }

    /**
     * @param name     the directory of its logs under {@code target/service-logs}
     * @param settings environment variables of the service, on top of the database and the port
     */
    public ServiceProcess(String name, Path workDir, TestDatabases.Database database, Map<String, String> settings) {
        this.name = name;
        this.workDir = workDir;
        this.port = FreePort.pick();
        this.database = database;
        this.settings = Map.copyOf(settings);
        this.client = new WebhookClient(port);
    }

    /**
     * The settings of a node in these tests: the {@link TestSecrets}, the fake Graph API, short polls, and the
     * shortest lease the default Graph API timeout allows (three of them), so that an action left in flight by a
     * killed node is taken over within half a minute. A shorter timeout is no good: a node's first Graph API call
     * took up to 3 s on a loaded machine, and a call that times out after the fake recorded it is sent again (the
     * other window in which Meta can get a DM twice).
     */
    public static Map<String, String> nodeSettings(String graphApiUrl) {
        return Map.ofEntries(
                Map.entry("IGBRIDGE_ENV_FILE", ""),
                Map.entry("INSTAGRAM_WEBHOOK_SECRET", TestSecrets.APP_SECRET),
                Map.entry("INSTAGRAM_VERIFY_TOKEN", TestSecrets.VERIFY_TOKEN),
                Map.entry("INSTAGRAM_ACCESS_TOKEN", TestSecrets.ACCESS_TOKEN),
                Map.entry("INSTAGRAM_PAGE_ID", Deliveries.ACCOUNT),
                Map.entry("IGBRIDGE_ADMIN_TOKEN", TestSecrets.ADMIN_TOKEN),
                Map.entry("INSTAGRAM_GRAPH_API_URL", graphApiUrl),
                Map.entry("IGBRIDGE_GRAPH_API_TIMEOUT", "10s"),
                Map.entry("IGBRIDGE_OUTBOX_LEASE", "30s"),
                Map.entry("IGBRIDGE_OUTBOX_WORKERS", Integer.toString(OUTBOX_WORKERS)),
                Map.entry("IGBRIDGE_OUTBOX_POLL_INTERVAL", "200ms"),
                Map.entry("IGBRIDGE_OUTBOX_RETRY_BACKOFF", "200ms"),
                Map.entry("IGBRIDGE_PROCESSING_POLL_INTERVAL", "200ms"),
                Map.entry("IGBRIDGE_PROCESSING_RETRY_BACKOFF", "200ms"));
    }

    public WebhookClient client() {
        return client;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    /** Starts the service, logging to {@code logName}, and waits until its health is UP. */
    public ServiceProcess start(String logName) {
        return start(logName, Map.of());
    }

    /** Starts the service with some settings changed for this run. */
    public ServiceProcess start(String logName, Map<String, String> changedSettings) {
        launch(logName, changedSettings);
        awaitHealthy();
        return this;
    }

    /**
     * Launches the service without waiting for it, so that several nodes start side by side; then call
     * {@link #awaitHealthy()}.
     */
    public ServiceProcess launch(String logName, Map<String, String> changedSettings) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        log = log(logName);
        // C1 only: half the CPU time to start, which matters on CI's two cores with several nodes
        var builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", serviceClassPath(),
                "io.igbridge.IgbridgeApplication")
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(variable -> variable.startsWith("INSTAGRAM_") || variable.startsWith("IGBRIDGE_")
                || variable.startsWith("SPRING_") || variable.equals("JAVA_TOOL_OPTIONS")
                || variable.equals("JDK_JAVA_OPTIONS"));
        env.put("SERVER_PORT", Integer.toString(port));
        env.putAll(database.environment());
        env.putAll(settings);
        env.putAll(changedSettings);
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the service answers its health check with 200 (UP), failing with its log if it dies first. */
    public ServiceProcess awaitHealthy() {
        try {
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new AssertionError(describe("ended (status " + process.exitValue() + ") before it was UP"));
                }
                try {
                    return client.get("/actuator/health").statusCode() == 200;
                } catch (RuntimeException notYetListening) {
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(describe("not UP within " + START_TIMEOUT.toSeconds() + " s"), e);
        }
        return this;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. Returns once the process is gone. */
    public void kill() {
        process.destroyForcibly(); // SIGKILL on Linux and macOS: checked by the exit status below
        awaitExit();
        assertThat(process.exitValue()).as(() -> describe("killed with SIGKILL")).isEqualTo(KILLED_BY_SIGKILL);
    }

    /** A graceful stop (SIGTERM), then waits for the process to end. */
    public void stop() {
        process.destroy();
        awaitExit();
    }

    public boolean waitForExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void awaitExit() {
        try {
            assertThat(waitForExit(EXIT_TIMEOUT)).as(() -> describe("still running " + EXIT_TIMEOUT.toSeconds()
                    + " s after it was told to end")).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the service's database (an H2 file once the service is stopped: one process per file). */
    public Connection connect() throws SQLException {
        return database.connect();
    }

    /** A log of this node, by the name it was started with. */
    public Path log(String logName) {
        return LOGS.resolve(name).resolve(logName);
    }

    /** The node, where its log is, and the log's last lines: for failure messages. */
    public String describe(String what) {
        return "node " + name + " (port " + port + ") " + what + "; last lines of " + log.toAbsolutePath() + ":\n"
                + logTail(40);
    }

    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    /** The test's class path but for the test classes themselves. */
    private static String serviceClassPath() {
        Path testClasses;
        try {
            testClasses = Path.of(ServiceProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().normalize().equals(testClasses.normalize()))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
