package io.igbridge.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a running node says is left to do, through its HTTP API (so it works on H2 too, whose file only the node may
 * open): deliveries waiting to be processed or given up (webhook-info), outgoing actions pending or in flight (the
 * admin API, counted up to 1000).
 */
public record Backlog(long deliveries, long pendingDeliveries, long failedDeliveries, int pendingActions,
        int actionsInFlight) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Backlog of(WebhookClient node) {
        JsonNode counts = JSON.readTree(node.get("/api/instagram/webhook-info").body()).path("counts");
        return new Backlog(counts.path("received").asLong(), counts.path("pending").asLong(),
                counts.path("failed").asLong(), actions(node, "PENDING"), actions(node, "IN_FLIGHT"));
    }

    private static int actions(WebhookClient node, String status) {
        String body = node.getWithToken("/api/admin/actions?limit=1000&status=" + status, TestSecrets.ADMIN_TOKEN)
                .body();
        return JSON.readTree(body).path("actions").size();
    }

    /** Every delivery processed and every action it decided carried out (or ended). */
    public boolean isEmpty() {
        return pendingDeliveries == 0 && pendingActions == 0 && actionsInFlight == 0;
    }
}
