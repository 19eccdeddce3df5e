package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code IGBRIDGE_SECURE_COOKIES=true} (a service behind HTTPS): the session and CSRF cookies are marked Secure. A
 * browser would not send them back over this test's plain HTTP, so the cookies are carried by hand.
 */
@IntegrationTest
@TestPropertySource(properties = "IGBRIDGE_SECURE_COOKIES=true")
class SecureCookiesIntegrationTests extends ServiceTest {

    static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    static final Pattern XSRF_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+);");

    @Test
    void theSessionAndCsrfCookiesAreSecure() {
        client.postJsonWithToken("/api/admin/agents",
                "{\"username\":\"secure\",\"password\":\"behind-https-only\"}", TestSecrets.ADMIN_TOKEN);
        HttpResponse<String> form = client.get("/ui/login");
        String csrfCookie = form.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(csrfCookie).startsWith("XSRF-TOKEN=").contains("Secure", "SameSite=Lax");
        Matcher cookieValue = XSRF_COOKIE.matcher(csrfCookie);
        Matcher hiddenField = HIDDEN_CSRF.matcher(form.body());
        assertThat(cookieValue.find() && hiddenField.find()).isTrue();

        HttpResponse<String> signedIn = client.post("/ui/login", ("username=secure&password=behind-https-only&_csrf="
                + URLEncoder.encode(hiddenField.group(1), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", "XSRF-TOKEN=" + cookieValue.group(1));

        assertThat(signedIn.headers().firstValue("Location")).hasValue("/ui/");
        assertThat(signedIn.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(session -> assertThat(session).contains("Secure", "HttpOnly",
                        "SameSite=Lax"));
    }
}
