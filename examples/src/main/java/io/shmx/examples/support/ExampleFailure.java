package io.shmx.examples.support;

/**
 * An expected way for an example to end unsuccessfully (its peer never came, ...): the launcher
 * prints the message, which says what happened and what to do, and exits with status 1, without a
 * stack trace.
 */
public final class ExampleFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExampleFailure(String message) {
        super(message, null, false, false);
    }
}
