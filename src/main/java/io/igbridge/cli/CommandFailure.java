package io.igbridge.cli;

/** A command that could not do its work, with the sentence that tells the user why (printed, exit code 1). */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }
}
