package io.igbridge.events;

import java.util.List;
import java.util.Map;

/**
 * A Handover Protocol event: another app passed, took or requested the conversation, or app roles changed.
 * Fields that the kind does not carry are null ({@code appRoles} is empty unless {@link Kind#APP_ROLES}).
 *
 * @param previousOwnerAppId null also when the thread was idle
 * @param appRoles           app id → roles, e.g. {@code {"123456789": ["primary_receiver"]}}
 */
public record ThreadControlChanged(EventHeader header, String senderId, String recipientId, Kind kind,
                                   String previousOwnerAppId, String newOwnerAppId, String requestedOwnerAppId,
                                   String metadata, Map<String, List<String>> appRoles) implements InstagramEvent {

    public ThreadControlChanged {
        appRoles = Map.copyOf(appRoles);
    }

    @Override
    public String type() {
        return "handover";
    }

    /** Which handover key the item carried. */
    public enum Kind {
        PASSED("pass_thread_control"),
        TAKEN("take_thread_control"),
        REQUESTED("request_thread_control"),
        APP_ROLES("app_roles");

        private final String wireKey;

        Kind(String wireKey) {
            this.wireKey = wireKey;
        }

        /** The messaging item key this kind arrives under. */
        public String wireKey() {
            return wireKey;
        }

        static Kind fromWireKey(String key) {
            for (Kind kind : values()) {
                if (kind.wireKey.equals(key)) {
                    return kind;
                }
            }
            return null;
        }
    }
}
