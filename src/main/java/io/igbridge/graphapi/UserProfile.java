package io.igbridge.graphapi;

/**
 * A person's profile from the User Profile API (meta-platform.md §5.5). {@code name} and {@code profilePic} may be
 * null; the picture URL expires after a few days. Numbers and flags are null when Meta leaves them out.
 */
public record UserProfile(String name, String username, String profilePic, Integer followerCount,
        Boolean isUserFollowBusiness, Boolean isBusinessFollowUser) {
}
