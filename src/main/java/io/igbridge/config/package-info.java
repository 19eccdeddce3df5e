/**
 * Configuration: the seed guide's four {@code INSTAGRAM_*} variables, the {@code IGBRIDGE_*} settings,
 * the {@code .env} file, and the start-up report of what is missing. Secrets are held as {@link io.igbridge.config.Secret},
 * which never prints its value.
 */
package io.igbridge.config;
