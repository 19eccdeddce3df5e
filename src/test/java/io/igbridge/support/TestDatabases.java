package io.igbridge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The databases the integration tests run on: an H2 file (the embedded default) or a real PostgreSQL
 * (zonky's embedded binaries, started once per test JVM). Choose with {@code -Digbridge.test.database=postgres};
 * H2 otherwise. Every Spring context gets a fresh database of its own.
 */
public final class TestDatabases {

    public static final String PROPERTY = "igbridge.test.database";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final List<Path> H2_DIRECTORIES = new ArrayList<>();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static boolean postgresSelected() {
        return "postgres".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
    }

    /** A fresh database of the selected kind. */
    public static Database fresh() {
        return postgresSelected() ? freshPostgres() : freshH2();
    }

    /**
     * A fresh H2 file database: only a new data directory, so the service builds its own default URL
     * (the options it runs with in production).
     */
    public static Database freshH2() {
        try {
            Path directory = Files.createTempDirectory("igbridge-h2-");
            synchronized (H2_DIRECTORIES) {
                if (H2_DIRECTORIES.isEmpty()) {
                    Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::deleteH2Directories));
                }
                H2_DIRECTORIES.add(directory);
            }
            return new Database(null, null, null, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The H2 files of the run's contexts, deleted as the test JVM exits (a suite's run left about 150 of them, up to
     * 150 MB each, in the temporary directory). Best effort: a context still closing its database may keep one.
     */
    private static void deleteH2Directories() {
        List<Path> directories;
        synchronized (H2_DIRECTORIES) {
            directories = List.copyOf(H2_DIRECTORIES);
        }
        for (Path directory : directories) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // the JVM is exiting: what cannot be deleted now stays in the temporary directory
            }
        }
    }

    /** An H2 file database in {@code dataDir}, the service's {@code IGBRIDGE_DATA_DIR}. */
    public static Database h2In(Path dataDir) {
        return new Database(null, null, null, dataDir);
    }

    /** A fresh database on the shared embedded PostgreSQL server. */
    public static synchronized Database freshPostgres() {
        try {
            if (postgres == null) {
                // every cached test context keeps a connection pool of its own on this one server
                postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "600").start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
            }
            String name = "igbridge_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            }
            return new Database(postgres.getJdbcUrl("postgres", name), "postgres", "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stopPostgres() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }

    /** How to reach one test database: a PostgreSQL URL, or the data directory of an H2 file. */
    public record Database(String url, String username, String password, Path h2DataDir) {

        /** The settings that point the service at this database. */
        public String[] settings() {
            if (h2DataDir != null) {
                return new String[] {"IGBRIDGE_DATA_DIR=" + h2DataDir};
            }
            return new String[] {"spring.datasource.url=" + url, "spring.datasource.username=" + username,
                    "spring.datasource.password=" + password};
        }

        /** The environment variables that point a service process at this database. */
        public Map<String, String> environment() {
            if (h2DataDir != null) {
                return Map.of("IGBRIDGE_DATA_DIR", h2DataDir.toString());
            }
            return Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", username,
                    "SPRING_DATASOURCE_PASSWORD", password);
        }

        public boolean isH2() {
            return h2DataDir != null;
        }

        /** Opens the database from the test: an H2 file only while no service has it open (one process per file). */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl(), jdbcUsername(), jdbcPassword());
        }

        /** The database for queries from the test (for H2 too, only while no service has it open). */
        public JdbcTemplate jdbc() {
            return new JdbcTemplate(new DriverManagerDataSource(jdbcUrl(), jdbcUsername(), jdbcPassword()));
        }

        private String jdbcUrl() {
            return isH2() ? "jdbc:h2:file:" + h2DataDir.resolve("igbridge") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE" : url;
        }

        private String jdbcUsername() {
            return isH2() ? "sa" : username;
        }

        private String jdbcPassword() {
            return isH2() ? "" : password;
        }
    }
}
