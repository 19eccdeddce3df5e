package io.igbridge.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestDatabases;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * /actuator/health tells when this node's processing worker is gone, and shows the backlog; on H2, the free space of
 * its file's disk.
 */
@IntegrationTest
class WorkerHealthIntegrationTests extends ServiceTest {

    @Autowired
    ProcessingLoop loop;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void healthShowsTheWorkersAndGoesDownWhenTheProcessingWorkerStops() {
        var up = client.get("/actuator/health");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).doesNotContain(TestSecrets.ACCESS_TOKEN, TestSecrets.APP_SECRET);
        JsonNode components = json.readTree(up.body()).path("components");
        assertThat(components.path("processing").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("processing").path("details").has("waitingDeliveries")).isTrue();
        assertThat(components.path("outbox").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("outbox").path("details").has("dueActions")).isTrue();
        assertThat(components.path("outbox").path("details").has("deadActions")).isTrue();
        JsonNode disk = components.path("embeddedDatabaseDisk");
        if (TestDatabases.postgresSelected()) {
            assertThat(disk.isMissingNode()).as("no H2 file to watch on PostgreSQL").isTrue();
        } else {
            assertThat(disk.path("status").asString()).isEqualTo("UP");
            assertThat(disk.path("details").path("threshold").asLong()).as("IGBRIDGE_MIN_FREE_DISK's default, 500MB")
                    .isEqualTo(500L * 1024 * 1024);
            assertThat(Path.of(disk.path("details").path("path").asString()).resolve("igbridge.mv.db"))
                    .as("the disk watched is the H2 file's").exists();
        }

        loop.stop();
        try {
            var down = client.get("/actuator/health");
            assertThat(down.statusCode()).isEqualTo(503);
            JsonNode processing = json.readTree(down.body()).path("components").path("processing");
            assertThat(processing.path("status").asString()).isEqualTo("DOWN");
            assertThat(processing.path("details").path("worker").asString()).isEqualTo("stopped");
        } finally {
            loop.start();
        }
        assertThat(client.get("/actuator/health").statusCode()).isEqualTo(200);
    }
}
