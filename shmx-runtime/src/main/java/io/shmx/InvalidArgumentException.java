package io.shmx;

/**
 * An argument, a channel config, a stream spec or a channel name breaks a rule; the message names
 * the value, the rule and the fix.
 *
 * <p>It is an {@link IllegalArgumentException}, as the JDK reports a bad argument, so code that
 * catches the JDK's type catches it. It is therefore not a {@link ShmxException}: that family
 * reports what went wrong with a channel or its region (missing, in use, closed, truncated, not
 * ready, invalid, schema mismatch, frame too large), things the caller did not get wrong in the
 * call itself. A bad argument is a programming error to fix; a channel problem is a condition to
 * handle. Catch both with {@code catch (ShmxException | IllegalArgumentException e)}.
 */
public class InvalidArgumentException extends IllegalArgumentException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     */
    public InvalidArgumentException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     * @param cause the underlying failure
     */
    public InvalidArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
