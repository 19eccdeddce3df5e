package io.igbridge.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a running node says is left to do, through its HTTP API (so it works on H2 too, whose file only the node may
 * open): deliveries waiting to be processed or given up (webhook-info), events waiting to be handled (the health's
 * {@code processing.waitingEvents}: an event retried after a failure, or waiting for its conversation's turn, may
 * still be there when every reply has gone), outgoing actions pending or in flight (the admin API, counted up to
 * 1000).
 */
public record Backlog(long deliveries, long pendingDeliveries, long failedDeliveries, long waitingEvents,
        int pendingActions, int actionsInFlight) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Backlog of(WebhookClient node) {
        JsonNode counts = JSON.readTree(node.get("/api/instagram/webhook-info").body()).path("counts");
        JsonNode processing = JSON.readTree(node.get("/actuator/health").body()).path("components").path("processing");
        return new Backlog(counts.path("received").asLong(), counts.path("pending").asLong(),
                counts.path("failed").asLong(), processing.path("details").path("waitingEvents").asLong(-1),
                actions(node, "PENDING"), actions(node, "IN_FLIGHT"));
    }

    private static int actions(WebhookClient node, String status) {
        String body = node.getWithToken("/api/admin/actions?limit=1000&status=" + status, TestSecrets.ADMIN_TOKEN)
                .body();
        return JSON.readTree(body).path("actions").size();
    }

    /** Every delivery processed, every event handled, and every action they decided carried out (or ended). */
    public boolean isEmpty() {
        return pendingDeliveries == 0 && waitingEvents == 0 && pendingActions == 0 && actionsInFlight == 0;
    }
}
