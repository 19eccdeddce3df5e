package io.igbridge.webhook;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a request body as raw bytes, never more than a limit: a declared length over the limit is refused
 * before reading, a chunked body is cut off one byte past it.
 */
public final class RequestBody {

    private RequestBody() {
    }

    /** @return the bytes, or {@code null} when the body is larger than {@code maxBytes} */
    public static byte[] readAtMost(HttpServletRequest request, int maxBytes) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            return body.length > maxBytes ? null : body;
        }
    }
}
