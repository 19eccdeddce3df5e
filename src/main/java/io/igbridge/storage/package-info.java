/**
 * The database underneath every step: on the embedded H2, each commit is made crash-safe before it returns (a
 * store of H2's file), but for work that can be done again, and the file's free space is watched.
 */
package io.igbridge.storage;
