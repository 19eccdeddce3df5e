package io.igbridge.graphapi;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/** The client's JSON: lenient reads of Meta's answers (a wrong type reads as absent) and request bodies. */
final class GraphJson {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build())
            .build();

    private GraphJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** The JSON value of a text, or a missing node when it is blank or not JSON (an HTML error page, say). */
    static JsonNode parseOrMissing(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException notJson) {
            return MissingNode.getInstance();
        }
    }

    /** {@code node.name} as a non-blank string (or an integral number written out), else null. */
    static String string(JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (value.isString()) {
            return value.stringValue().isBlank() ? null : value.stringValue();
        }
        return value.isIntegralNumber() ? value.bigIntegerValue().toString() : null;
    }

    /** {@code node.name} as an int (a number, or digits in a string), else null. */
    static Integer integer(JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (value.isNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isString() && value.stringValue().strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(value.stringValue().strip());
        }
        return null;
    }

    /** {@code node.name} as a boolean, else null. */
    static Boolean bool(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isBoolean() ? value.booleanValue() : null;
    }
}
