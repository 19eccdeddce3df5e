package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The agents' admin API: create, list, disable; bearer admin token; never a password or a hash in an answer. */
@IntegrationTest
class AgentsAdminIntegrationTests extends ServiceTest {

    final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<String> create(String body) {
        return client.postJsonWithToken("/api/admin/agents", body, TestSecrets.ADMIN_TOKEN);
    }

    String agent(String username, String displayName, String password) {
        return json.writeValueAsString(Map.of("username", username, "displayName", displayName, "password", password));
    }

    long stored(String username) {
        return jdbc.queryForObject("select count(*) from agent where username = ?", Long.class, username);
    }

    @Test
    void anAgentIsCreatedWithOnlyTheHashOfItsPasswordStoredAndNeitherReturned() {
        HttpResponse<String> created = create(agent("Marie.Curie", "Marie C.", "radium-1898-polonium"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.path("username").asString()).isEqualTo("marie.curie");
        assertThat(body.path("displayName").asString()).isEqualTo("Marie C.");
        assertThat(body.path("disabled").asBoolean()).isFalse();
        assertThat(body.path("createdAt").asString()).isNotBlank();
        assertThat(created.body()).doesNotContain("radium", "password", "hash", "$2");

        String hash = jdbc.queryForObject("select password_hash from agent where username = 'marie.curie'",
                String.class);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("radium");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("radium-1898-polonium", hash))
                .isTrue();

        HttpResponse<String> list = client.getWithToken("/api/admin/agents", TestSecrets.ADMIN_TOKEN);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"marie.curie\"").doesNotContain("radium", "hash", "$2");
    }

    @Test
    void withoutTheAdminTokenNoAgentIsCreatedListedOrDisabled() {
        byte[] body = agent("intruder", "Intruder", "let-me-in-please").getBytes();
        assertThat(client.post("/api/admin/agents", body, "Content-Type", "application/json").statusCode())
                .isEqualTo(401);
        HttpResponse<String> wrongToken = client.postJsonWithToken("/api/admin/agents", new String(body),
                "not-the-token");
        assertThat(wrongToken.statusCode()).isEqualTo(401);
        assertThat(wrongToken.body()).contains("\"unauthorized\"").doesNotContain(TestSecrets.ADMIN_TOKEN);
        assertThat(stored("intruder")).isZero();

        create(agent("someone", "Someone", "a-good-long-password"));
        assertThat(client.get("/api/admin/agents").statusCode()).isEqualTo(401);
        assertThat(client.post("/api/admin/agents/someone/disable", new byte[0]).statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select disabled from agent where username = 'someone'", Boolean.class))
                .isFalse();
    }

    @Test
    void aBadUsernameOrPasswordIs400WithAClearErrorAndStoresNothing() {
        record Case(String body, String error) {
        }
        String fine = "a-good-long-password";
        List<Case> cases = List.of(
                new Case(agent("ab", "Too short", fine), "invalid_username"),
                new Case(agent("a".repeat(51), "Too long", fine), "invalid_username"),
                new Case(agent("jean dupont", "Space", fine), "invalid_username"),
                new Case(agent("rené", "Accent", fine), "invalid_username"),
                new Case(agent("x@y", "At sign", fine), "invalid_username"),
                new Case("{\"displayName\":\"No username\",\"password\":\"" + fine + "\"}", "invalid_username"),
                new Case("{\"username\":42,\"password\":\"" + fine + "\"}", "invalid_username"),
                new Case(agent("shortpass", "Short", "123456789"), "password_too_short"),
                new Case("{\"username\":\"nopass\"}", "password_too_short"),
                new Case(agent("longpass", "Long", "é".repeat(37)), "password_too_long"),
                new Case(agent("ctrl", "Line\nbreak", fine), "invalid_display_name"),
                new Case("not json", "invalid_json"),
                new Case("[\"alice\"]", "invalid_json"),
                new Case("", "invalid_json"));

        for (Case bad : cases) {
            HttpResponse<String> refused = create(bad.body());
            assertThat(refused.statusCode()).as(bad.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            JsonNode error = json.readTree(refused.body());
            assertThat(error.path("error").asString()).as(bad.body()).isEqualTo(bad.error());
            assertThat(error.path("message").asString()).isNotBlank();
            assertThat(refused.body()).doesNotContain(fine, "123456789");
        }
        assertThat(json.readTree(create(agent("shortpass", "Short", "123456789")).body()).path("message").asString())
                .contains("at least 10 characters");
        assertThat(jdbc.queryForObject("select count(*) from agent where username in ('ab', 'shortpass', 'nopass',"
                + " 'longpass', 'ctrl')", Long.class)).isZero();
    }

    @Test
    void aTakenUsernameIs409WhateverItsCase() {
        assertThat(create(agent("lea", "Léa", "first-password-1")).statusCode()).isEqualTo(201);

        HttpResponse<String> again = create(agent("LEA", "Another Léa", "second-password-2"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).path("error").asString()).isEqualTo("username_taken");
        assertThat(stored("lea")).isOne();
        assertThat(jdbc.queryForObject("select display_name from agent where username = 'lea'", String.class))
                .isEqualTo("Léa");
    }

    @Test
    void aDisabledAgentIsListedAsDisabledAndAnUnknownOneIs404() {
        create(agent("paul", "", "paul-password-123"));

        HttpResponse<String> disabled = client.post("/api/admin/agents/PAUL/disable", new byte[0],
                "Authorization", "Bearer " + TestSecrets.ADMIN_TOKEN);

        assertThat(disabled.statusCode()).isEqualTo(200);
        JsonNode agent = json.readTree(disabled.body());
        assertThat(agent.path("username").asString()).isEqualTo("paul");
        assertThat(agent.path("displayName").asString()).as("blank: the username").isEqualTo("paul");
        assertThat(agent.path("disabled").asBoolean()).isTrue();
        JsonNode listed = json.readTree(client.getWithToken("/api/admin/agents", TestSecrets.ADMIN_TOKEN).body());
        assertThat(listed.valueStream().filter(each -> each.path("username").asString().equals("paul")))
                .singleElement().satisfies(each -> assertThat(each.path("disabled").asBoolean()).isTrue());

        HttpResponse<String> unknown = client.post("/api/admin/agents/nobody/disable", new byte[0],
                "Authorization", "Bearer " + TestSecrets.ADMIN_TOKEN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("unknown_agent");
    }
}
