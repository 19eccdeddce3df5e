package io.igbridge.webhook;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the intake reads of one {@code POST}: the body's stream and its declared length ({@code -1} when chunked),
 * the signature header, the content type and the peer's address. Everything else about the request is ignored.
 */
record IntakeRequest(InputStream body, long declaredLength, String signature, String contentType, String peer) {

    static IntakeRequest of(HttpServletRequest request) throws IOException {
        return new IntakeRequest(request.getInputStream(), request.getContentLengthLong(),
                request.getHeader(DeliveryIntake.SIGNATURE_HEADER), request.getContentType(),
                request.getRemoteAddr());
    }
}
