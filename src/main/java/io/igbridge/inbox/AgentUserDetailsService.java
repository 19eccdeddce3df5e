package io.igbridge.inbox;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Agents as Spring Security sees them at sign-in: role AGENT, disabled when the agent is. Being a
 * {@code UserDetailsService} bean, it also keeps Spring Boot from creating its default user (whose generated
 * password it would print in the log).
 */
@Service
class AgentUserDetailsService implements UserDetailsService {

    private final AgentRepository agents;

    AgentUserDetailsService(AgentRepository agents) {
        this.agents = agents;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return agents.credentials(username)
                .map(agent -> User.withUsername(agent.username()).password(agent.passwordHash()).roles(Agent.ROLE)
                        .disabled(agent.disabled()).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such agent"));
    }
}
