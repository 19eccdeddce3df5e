package io.igbridge.graphapi;

/** How a DM is tagged (meta-platform.md §6.1). */
public enum MessageTag {

    /** A standard reply inside the 24-hour window. */
    NONE,

    /** Written by a person, allowed up to 7 days after the user's last message; never for bot text. */
    HUMAN_AGENT;

    public static MessageTag of(boolean humanAgent) {
        return humanAgent ? HUMAN_AGENT : NONE;
    }
}
