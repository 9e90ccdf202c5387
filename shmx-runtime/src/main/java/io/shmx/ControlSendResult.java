package io.shmx;

/** Outcome of {@link ShmxClient#sendControl}. Nothing is written unless the result is {@link #SENT}. */
public enum ControlSendResult {
    /** The message is in the ring. */
    SENT,
    /** The ring has no room for the message now; retry after the producer polls. */
    FULL,
    /** The message can never fit this channel's ring ({@code control_per_reader - 16} bytes including its 8-byte header and padding). */
    TOO_LARGE,
    /** The channel was created without control rings ({@code control_per_reader = 0}). */
    NO_CONTROL_RING
}
