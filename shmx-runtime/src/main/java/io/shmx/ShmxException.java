package io.shmx;

/**
 * Base of the exceptions the runtime throws about a channel or its region: not found, in use,
 * closed, truncated, not ready, invalid, schema mismatch, frame too large, no free reader slot. The
 * message names the thing, the rule and the fix.
 *
 * <p>A bad argument is reported as {@link InvalidArgumentException}, an
 * {@link IllegalArgumentException} outside this family (Java has one superclass, and code that
 * catches the JDK's type must catch ours). {@code catch (ShmxException | IllegalArgumentException e)}
 * catches everything the runtime reports.
 */
public class ShmxException extends RuntimeException {
    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     */
    public ShmxException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     * @param cause the underlying failure
     */
    public ShmxException(String message, Throwable cause) {
        super(message, cause);
    }
}
