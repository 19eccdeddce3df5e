package io.igbridge.webhook;

/** The outcome of a signature check; {@code secretSlot} says which configured secret matched. */
public record SignatureCheck(Outcome outcome, int secretSlot) {

    public enum Outcome {
        VALID, MISSING, MALFORMED, INVALID
    }

    static SignatureCheck valid(int slot) {
        return new SignatureCheck(Outcome.VALID, slot);
    }

    static SignatureCheck missing() {
        return new SignatureCheck(Outcome.MISSING, -1);
    }

    static SignatureCheck malformed() {
        return new SignatureCheck(Outcome.MALFORMED, -1);
    }

    static SignatureCheck invalid() {
        return new SignatureCheck(Outcome.INVALID, -1);
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
