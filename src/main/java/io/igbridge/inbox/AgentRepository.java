package io.igbridge.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code agent} table. Usernames are looked up in their stored form ({@link AgentUsername#key}). */
@Repository
public class AgentRepository {

    private static final RowMapper<Agent> AGENT = (row, number) -> new Agent(row.getString("username"),
            row.getString("display_name"), row.getTimestamp("created_at").toInstant(), row.getBoolean("disabled"));

    private final JdbcTemplate jdbc;

    AgentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the username is taken (whoever won a race for it: the unique key decides) */
    boolean insert(Agent agent, String passwordHash) {
        return jdbc.update("insert into agent (username, display_name, password_hash, created_at, disabled)"
                + " values (?, ?, ?, ?, ?) on conflict do nothing", agent.username(), agent.displayName(),
                passwordHash, Timestamp.from(agent.createdAt()), agent.disabled()) == 1;
    }

    public List<Agent> all() {
        return jdbc.query("select * from agent order by username", AGENT);
    }

    public Optional<Agent> find(String username) {
        return jdbc.query("select * from agent where username = ?", AGENT, AgentUsername.key(username)).stream()
                .findFirst();
    }

    /** @return false when no agent has this username */
    public boolean disable(String username) {
        return jdbc.update("update agent set disabled = true where username = ?", AgentUsername.key(username)) == 1;
    }

    /** Whether this agent exists and is not disabled: asked again at every request of a signed-in agent. */
    public boolean canSignIn(String username) {
        return find(username).filter(agent -> !agent.disabled()).isPresent();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.query("select username, password_hash, disabled from agent where username = ?",
                AgentRepository::credentials, AgentUsername.key(username)).stream().findFirst();
    }

    private static Credentials credentials(ResultSet row, int number) throws SQLException {
        return new Credentials(row.getString("username"), row.getString("password_hash"), row.getBoolean("disabled"));
    }

    /** What sign-in checks; stays in this package. */
    record Credentials(String username, String passwordHash, boolean disabled) {
    }
}
