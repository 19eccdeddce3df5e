package io.igbridge.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

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
            body = declaredLength >= 0 ? readDeclared(in, (int) declaredLength) : in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (body.length == 0) {
            throw new DeliveryRefused(HttpStatus.BAD_REQUEST, "empty_body", "the body is empty");
        }
        return body;
    }

    /**
     * Exactly the declared length, read into one array of that size (the server ends the stream there): reading up to
     * the limit instead allocated 8 KB buffers for every delivery, a quarter of what the intake allocated. Fewer bytes
     * than declared (the client gave up) are what there is; the signature check then decides.
     */
    private static byte[] readDeclared(InputStream in, int declaredLength) throws IOException {
        byte[] body = new byte[declaredLength];
        int read = in.readNBytes(body, 0, declaredLength);
        return read == declaredLength ? body : Arrays.copyOf(body, read);
    }

    private static DeliveryRefused tooLarge(int maxBytes) {
        return new DeliveryRefused(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large",
                "the body is larger than " + maxBytes + " bytes (IGBRIDGE_MAX_BODY_BYTES)");
    }
}
