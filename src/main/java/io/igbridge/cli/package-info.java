/**
 * The command line, in the service's jar ({@code java -jar igbridge.jar <command>}): commands that talk to a running
 * instance over HTTP ({@code send-test}, {@code replay}, {@code agents add}, {@code check}) and one that works on a
 * local file ({@code rules validate}). None starts the Spring context or touches a database. One class per command;
 * a new command is one class, listed in {@link io.igbridge.cli.IgbridgeCommand}.
 */
package io.igbridge.cli;
