package io.igbridge.support;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Base of the tests that talk to a running service: its HTTP client and a view of its database. */
public abstract class ServiceTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected WebhookClient client;
    protected StoredRows rows;

    @BeforeEach
    void connectToTheService() {
        client = new WebhookClient(port);
        rows = new StoredRows(jdbc);
    }

    /** The id of the delivery an acknowledgement is for (header {@code X-Igbridge-Delivery}). */
    protected static long deliveryId(HttpResponse<String> acknowledgement) {
        return Long.parseLong(acknowledgement.headers().firstValue("X-Igbridge-Delivery").orElseThrow());
    }
}
