package io.igbridge.outbox;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Actions as stored on outbox rows: their type name and their JSON. */
final class ActionCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Class<? extends Action>> TYPES = Map.of(
            "send_dm", SendDirectMessage.class,
            "ask_contact", AskForContact.class,
            "private_reply", SendPrivateReply.class,
            "reply_comment", ReplyToComment.class,
            "hide_comment", HideComment.class,
            "unhide_comment", HideComment.class,
            "reply_mention", ReplyToMention.class,
            "notify", Notify.class);

    private ActionCodec() {
    }

    static String toJson(Action action) {
        return JSON.writeValueAsString(action);
    }

    static Action fromJson(String type, String json) {
        Class<? extends Action> kind = TYPES.get(type);
        if (kind == null) {
            throw new IllegalArgumentException("unknown action type " + type);
        }
        return JSON.readValue(json, kind);
    }
}
