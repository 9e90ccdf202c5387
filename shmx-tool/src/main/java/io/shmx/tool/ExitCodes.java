package io.shmx.tool;

/** Exit statuses of every {@code shmx} command. */
public final class ExitCodes {
    /** The command did what it was asked. */
    public static final int OK = 0;
    /** The region (or schema) is missing, unreadable or not shmx; a one-line reason is on stderr. */
    public static final int REGION = 1;
    /** The command line is wrong (unknown option, missing argument, bad value); usage is on stderr. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
