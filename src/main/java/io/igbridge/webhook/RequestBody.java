package io.igbridge.webhook;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;

/**
 * Reads a request body as raw bytes, never more than a limit: a declared length over the limit is refused
 * before reading, a chunked body is cut off one byte past it.
 */
public final class RequestBody {

    private RequestBody() {
    }

    /** @throws DeliveryRefused 413 for a body over {@code maxBytes}, 400 for an empty one */
    public static byte[] read(HttpServletRequest request, int maxBytes) throws IOException {
        return read(request.getInputStream(), request.getContentLengthLong(), maxBytes);
    }

    /**
     * @param declaredLength the request's {@code Content-Length}, {@code -1} when it has none (chunked)
     * @throws DeliveryRefused 413 for a body over {@code maxBytes}, 400 for an empty one
     */
    static byte[] read(InputStream stream, long declaredLength, int maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body;
        try (InputStream in = stream) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (body.length == 0) {
            throw new DeliveryRefused(HttpStatus.BAD_REQUEST, "empty_body", "the body is empty");
        }
        return body;
    }

    private static DeliveryRefused tooLarge(int maxBytes) {
        return new DeliveryRefused(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large",
                "the body is larger than " + maxBytes + " bytes (IGBRIDGE_MAX_BODY_BYTES)");
    }
}
