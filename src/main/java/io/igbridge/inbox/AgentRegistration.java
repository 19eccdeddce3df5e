package io.igbridge.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates agents: checks the username, display name and password, stores the password's bcrypt hash only. */
@Service
public class AgentRegistration {

    public static final int MIN_PASSWORD_LENGTH = 10;
    /** bcrypt reads no further (and Spring Security refuses to hash a longer password). */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_DISPLAY_NAME_LENGTH = 100;
    /** The refusal's code for a username already taken (every other refusal is of a field's value). */
    public static final String TAKEN = "username_taken";

    private final AgentRepository agents;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AgentRegistration(AgentRepository agents, PasswordEncoder passwordEncoder, Clock clock) {
        this.agents = agents;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * @param displayName the name the team sees; the username when blank
     * @throws AgentRefusal for an invalid field, or a username taken whatever its case ({@code username_taken})
     */
    public Agent register(String username, String displayName, String password) {
        if (!AgentUsername.isValid(username)) {
            throw new AgentRefusal(AgentRefusal.Kind.INVALID, "invalid_username", "username must be " + AgentUsername.RULE);
        }
        String shownName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (shownName.length() > MAX_DISPLAY_NAME_LENGTH || shownName.chars().anyMatch(Character::isISOControl)) {
            throw new AgentRefusal(AgentRefusal.Kind.INVALID, "invalid_display_name", "displayName must be at most "
                    + MAX_DISPLAY_NAME_LENGTH + " characters, without control characters");
        }
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new AgentRefusal(AgentRefusal.Kind.INVALID, "password_too_short", "password must be at least " + MIN_PASSWORD_LENGTH
                    + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AgentRefusal(AgentRefusal.Kind.INVALID, "password_too_long", "password must be at most " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8 (bcrypt reads no further)");
        }
        Agent agent = new Agent(AgentUsername.key(username), shownName, clock.instant(), false);
        if (!agents.insert(agent, passwordEncoder.encode(password))) {
            throw new AgentRefusal(AgentRefusal.Kind.CONFLICT, TAKEN, "an agent named " + agent.username() + " already exists"
                    + " (usernames are compared without regard to case)");
        }
        return agent;
    }
}
