package io.igbridge.admin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.igbridge.inbox.AgentRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an agent disabled (or removed) since signing in, at their next request: the request then goes
 * on as anyone's who is not signed in. Asked of the database each time, so it holds whichever node disabled the agent.
 * A filter of the web UI's chain only, never a bean.
 */
final class DisabledAgentSessions extends OncePerRequestFilter {

    private final AgentRepository agents;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    DisabledAgentSessions(AgentRepository agents) {
        this.agents = agents;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = contexts.getContext().getAuthentication();
        if (signedIn instanceof UsernamePasswordAuthenticationToken && signedIn.isAuthenticated()
                && !agents.canSignIn(signedIn.getName())) {
            signOut.logout(request, response, signedIn);
        }
        chain.doFilter(request, response);
    }
}
