package io.shmx;

/** A channel's static directory does not match what a typed reader or writer expects. */
public class SchemaMismatchException extends ShmxException {
    public SchemaMismatchException(String message) {
        super(message);
    }
}
