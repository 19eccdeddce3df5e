package io.igbridge.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * The service as a separate JVM (its main class on the test classpath), in a working directory of its own, on the
 * database chosen for the run: for tests that kill it with SIGKILL and start it again.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Path workDir;
    private final int port;
    private final TestDatabases.Database database;
    private final Map<String, String> settings;
    private Process process;

    /** @param settings environment variables of the service, on top of the database and port */
    public ServiceProcess(Path workDir, Map<String, String> settings) {
        this.workDir = workDir;
        this.port = freePort();
        this.database = TestDatabases.postgresSelected() ? TestDatabases.freshPostgres() : null;
        this.settings = Map.copyOf(settings);
    }

    public WebhookClient client() {
        return new WebhookClient(port);
    }

    /** Starts the service, logging to {@code logName} in the working directory, and waits until it is healthy. */
    public ServiceProcess start(String logName) {
        return start(logName, Map.of());
    }

    /** Starts the service with some settings changed for this run. */
    public ServiceProcess start(String logName, Map<String, String> changedSettings) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.igbridge.IgbridgeApplication")
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve(logName).toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("INSTAGRAM_") || name.startsWith("IGBRIDGE_")
                || name.startsWith("SPRING_"));
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("IGBRIDGE_DATA_DIR", workDir.resolve("data").toString());
        if (database != null) {
            env.put("SPRING_DATASOURCE_URL", database.url());
            env.put("SPRING_DATASOURCE_USERNAME", database.username());
            env.put("SPRING_DATASOURCE_PASSWORD", database.password());
        }
        env.putAll(settings);
        env.putAll(changedSettings);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WebhookClient client = client();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            assertThat(process.isAlive()).as("service process alive (see %s)", logName).isTrue();
            try {
                return client.get("/actuator/health").statusCode() == 200;
            } catch (RuntimeException notYetListening) {
                return false;
            }
        });
        return this;
    }

    /** SIGKILL (on Linux): no shutdown hook, no flush. */
    public void kill() {
        process.destroyForcibly();
    }

    public boolean waitForExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** A graceful stop, then waits for the process to end. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertThat(waitForExit(Duration.ofSeconds(30))).isTrue();
    }

    /** Opens the service's database (once the service is stopped, for H2: one process per file). */
    public Connection connect() throws SQLException {
        if (database != null) {
            return DriverManager.getConnection(database.url(), database.username(), database.password());
        }
        String url = "jdbc:h2:file:" + workDir.resolve("data").resolve("igbridge") + ";MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE";
        return DriverManager.getConnection(url, "sa", "");
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
