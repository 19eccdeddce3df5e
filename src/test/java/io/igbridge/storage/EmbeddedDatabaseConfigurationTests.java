package io.igbridge.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/**
 * Which databases get their commits stored by igbridge, which their replayable commits asynchronous, and the warnings
 * a URL that stops H2's compaction, or lets H2 close itself at exit, gets.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseConfigurationTests {

    @Test
    void anH2FileGetsItsCommitsStoredAndAWarningIfItTurnsCompactionOff(@TempDir Path dir, CapturedOutput output) {
        String file = "jdbc:h2:file:" + dir.resolve("igbridge") + ";MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE";

        assertThat(wrapped(file + ";WRITE_DELAY=100")).isInstanceOf(StoreAfterCommitDataSource.class);
        assertThat(output.getAll()).doesNotContain("WRITE_DELAY=0").doesNotContain("DB_CLOSE_ON_EXIT");

        assertThat(wrapped(file + ";WRITE_DELAY=0")).isInstanceOf(StoreAfterCommitDataSource.class);
        assertThat(output.getAll()).contains("The H2 URL sets WRITE_DELAY=0: H2 then never compacts its file");
    }

    @Test
    void anH2FileThatH2ClosesByItselfAtExitGetsAWarningAnH2ServerNot(@TempDir Path dir, CapturedOutput output) {
        wrapped("jdbc:h2:tcp://db.example/igbridge;WRITE_DELAY=100");
        assertThat(output.getAll()).doesNotContain("DB_CLOSE_ON_EXIT");

        assertThat(wrapped("jdbc:h2:file:" + dir.resolve("igbridge") + ";WRITE_DELAY=100"))
                .isInstanceOf(StoreAfterCommitDataSource.class);
        assertThat(output.getAll()).contains("The H2 URL lacks DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void postgresqlGetsItsReplayableCommitsAsynchronousAndAnInMemoryH2IsLeftAsItIs(@TempDir Path dir) {
        assertThat(wrapped("jdbc:postgresql://localhost:5432/igbridge"))
                .isInstanceOf(AsynchronousReplayableCommitsDataSource.class);
        assertThat(wrapped("jdbc:h2:mem:igbridge")).isInstanceOf(JdbcDataSource.class);
        assertThat(wrapped("jdbc:h2:file:" + dir.resolve("igbridge"))).isInstanceOf(StoreAfterCommitDataSource.class);
    }

    /** The data source as the post-processor leaves it, once or twice applied. */
    private static Object wrapped(String url) {
        BeanPostProcessor processor = EmbeddedDatabaseConfiguration.commitsAsTheDatabaseNeeds(
                new MockEnvironment().withProperty("spring.datasource.url", url));
        Object once = processor.postProcessAfterInitialization(new JdbcDataSource(), "dataSource");
        assertThat(processor.postProcessAfterInitialization(once, "dataSource")).as("not wrapped twice").isSameAs(once);
        return once;
    }
}
