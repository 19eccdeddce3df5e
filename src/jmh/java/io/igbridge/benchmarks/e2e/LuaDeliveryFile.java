package io.igbridge.benchmarks.e2e;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes distinct signed DM deliveries as a Lua table that bench/e2e/deliveries.lua loads into wrk: wrk's LuaJIT
 * has no HMAC, so bodies and signatures are made here. Each entry is {@code {body, "sha256=<hex>"}}; bodies are
 * ASCII (Meta escapes the rest) and written as long strings, byte for byte.
 */
final class LuaDeliveryFile {

    /** Senders of these deliveries: {@link DeliveryMix#senderId} range 1, one per delivery. */
    static final long SENDER_RANGE = 1;

    private LuaDeliveryFile() {
    }

    static void write(Path file, int count, byte[] secret) throws IOException {
        long now = System.currentTimeMillis();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("-- " + count + " signed Instagram DM deliveries, written by io.igbridge.benchmarks.e2e.EndToEndBench\n");
            out.write("return {\n");
            for (int i = 0; i < count; i++) {
                MetaDelivery delivery = new MetaDelivery(DeliveryMix.accountId(i),
                        DeliveryMix.senderId(SENDER_RANGE, i), i, DeliveryMix.text(i), now - (count - i) * 37L);
                byte[] body = delivery.body();
                String json = new String(body, StandardCharsets.US_ASCII);
                if (json.contains("]==]")) {
                    throw new IllegalStateException("a body would end the Lua long string early");
                }
                out.write("{[==[" + json + "]==], \"" + MetaDelivery.signature(secret, body) + "\"},\n");
            }
            out.write("}\n");
        }
    }
}
