package io.igbridge.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.igbridge.events.ThreadControlChanged.Kind;
import tools.jackson.databind.JsonNode;

/**
 * Handover Protocol items: {@code pass_thread_control}, {@code take_thread_control},
 * {@code request_thread_control} and {@code app_roles}
 * (<a href="https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-events/messaging_handovers">messaging_handovers</a>).
 */
final class HandoverParser {

    ThreadControlChanged parse(String key, MessagingItem item) {
        Kind kind = Kind.fromWireKey(key);
        JsonNode body = item.body();
        return new ThreadControlChanged(item.header("handover", key, item.senderId(), item.timestampKey()),
                item.senderId(), item.recipientId(), kind, Json.id(body, "previous_owner_app_id"),
                Json.id(body, "new_owner_app_id"), Json.id(body, "requested_owner_app_id"),
                Json.scalar(body, "metadata"), kind == Kind.APP_ROLES ? appRoles(body) : Map.of());
    }

    /** {@code {"123456789": ["primary_receiver"]}}; non-string roles are skipped. */
    private static Map<String, List<String>> appRoles(JsonNode roles) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> app : roles.properties()) {
            List<String> names = new ArrayList<>();
            for (JsonNode role : app.getValue().isArray() ? app.getValue() : List.<JsonNode>of()) {
                if (role.isString()) {
                    names.add(Json.text(role.stringValue()));
                }
            }
            result.put(Json.text(app.getKey()), List.copyOf(names));
        }
        return result;
    }
}
