package io.igbridge.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class H2UrlTests {

    @Test
    void theDefaultUrlIsAnH2FileInTheDataDirectoryWithItsBackgroundWriter() {
        H2Url url = H2Url.of("jdbc:h2:file:/var/lib/igbridge/igbridge;MODE=PostgreSQL;WRITE_DELAY=100"
                + ";DB_CLOSE_ON_EXIT=FALSE").orElseThrow();
        assertThat(url.directory()).contains(Path.of("/var/lib/igbridge"));
        assertThat(url.writeDelayZero()).isFalse();
        assertThat(url.closeOnExit()).isFalse();
    }

    @Test
    void aRelativeOrHomeFileIsResolvedAndWriteDelayZeroIsSeenInAnyCase() {
        assertThat(H2Url.of("jdbc:h2:./data/igbridge").orElseThrow().directory())
                .contains(Path.of("data").toAbsolutePath());
        assertThat(H2Url.of("jdbc:h2:~/igbridge;write_delay = 0").orElseThrow())
                .isEqualTo(new H2Url(Optional.of(Path.of(System.getProperty("user.home"))), true, true));
        assertThat(H2Url.of("jdbc:h2:./data/igbridge;db_close_on_exit = false").orElseThrow().closeOnExit()).isFalse();
    }

    @Test
    void aServerHasNoLocalDirectoryAndMemoryOrAnotherDatabaseIsNotAnH2File() {
        assertThat(H2Url.of("jdbc:h2:tcp://db.example/igbridge").orElseThrow())
                .isEqualTo(new H2Url(Optional.empty(), false, false));
        assertThat(H2Url.of("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(H2Url.of("jdbc:postgresql://localhost:5432/igbridge")).isEmpty();
        assertThat(H2Url.of(null)).isEmpty();
    }
}
