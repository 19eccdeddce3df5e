package io.igbridge.config;

/** A setting that is not configured, and what does not work until it is. */
public record MissingSetting(String name, String consequence) {
}
