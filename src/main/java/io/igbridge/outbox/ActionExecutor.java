package io.igbridge.outbox;

/** Carries out one kind of action against the outside world. Never throws: every failure is an {@link Outcome}. */
public interface ActionExecutor {

    boolean handles(Action action);

    Outcome execute(PendingAction pending);
}
