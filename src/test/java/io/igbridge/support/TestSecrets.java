package io.igbridge.support;

/** Recognisable setting values used by the integration tests (so a test can look for them in outputs). */
public final class TestSecrets {

    public static final String APP_SECRET = "test-app-secret-7f3a9c";
    public static final String SECOND_APP_SECRET = "test-instagram-app-secret-51d2e8";
    public static final String VERIFY_TOKEN = "test-verify-token-b04e1d";
    public static final String ADMIN_TOKEN = "test-admin-token-c93f27";
    public static final String ACCESS_TOKEN = "IGQtest-access-token-e61a05";
    /** IGBRIDGE_TOKEN_KEY: base64 of 32 bytes. */
    public static final String TOKEN_KEY = "dGVzdC10b2tlbi1rZXktMzItYnl0ZXMtbG9uZy0hISE=";

    private TestSecrets() {
    }
}
