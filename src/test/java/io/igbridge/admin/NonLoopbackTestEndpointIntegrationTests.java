package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import io.igbridge.support.WebhookClient;
import org.junit.jupiter.api.Test;

/**
 * A caller on another address — reached here through this machine's own non-loopback interface, so the TCP peer
 * really is not 127.0.0.1 — needs the admin token for the unsigned test endpoint.
 */
@IntegrationTest
class NonLoopbackTestEndpointIntegrationTests extends ServiceTest {

    @Test
    void aNonLoopbackPeerWithoutTheAdminTokenIsRefusedAndWithItAccepted() throws SocketException {
        Optional<InetAddress> address = nonLoopbackAddress();
        assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address to test with");
        var remote = new WebhookClient("http://" + address.get().getHostAddress() + ":" + port);
        byte[] body = WebhookTestEndpointIntegrationTests.SEED_DM.replace("msg_123", "msg_nonloopback")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> without = remote.post("/api/instagram/webhook-test", body, "Content-Type", "application/json");
        HttpResponse<String> with = remote.post("/api/instagram/webhook-test", body, "Content-Type", "application/json",
                "Authorization", "Bearer " + TestSecrets.ADMIN_TOKEN);

        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(rows.eventCount("page_123", "message:msg_nonloopback")).isEqualTo(1);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(NonLoopbackTestEndpointIntegrationTests::isUpAndNotLoopback)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static boolean isUpAndNotLoopback(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp() && !networkInterface.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
