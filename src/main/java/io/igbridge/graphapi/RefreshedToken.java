package io.igbridge.graphapi;

import java.time.Duration;

import io.igbridge.config.Secret;

/**
 * Meta's answer to a token refresh, {@code {"access_token", "token_type", "expires_in"}}.
 *
 * @param accessToken the new token (a {@link Secret}: never printed)
 * @param expiresIn   how long it is valid from now, null when Meta did not say
 */
public record RefreshedToken(Secret accessToken, Duration expiresIn) {
}
