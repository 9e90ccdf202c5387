package io.shmx;

/** A channel's static directory does not match what a typed reader or writer expects. */
public class SchemaMismatchException extends ShmxException {
    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     */
    public SchemaMismatchException(String message) {
        super(message);
    }
}
