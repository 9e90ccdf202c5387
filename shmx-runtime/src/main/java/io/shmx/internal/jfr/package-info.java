/**
 * JDK Flight Recorder events of the runtime, all named {@code io.shmx.*} in category "shmx" and
 * off unless a recording enables them:
 *
 * <pre>
 *   event                     emitted                                   fields
 *   io.shmx.ReaderAttached    a client opened a channel (reader side)   channel, sessionId, readerIndex, readerId
 *   io.shmx.ReaderReaped      the reaper freed a stale slot (producer)  channel, readerIndex, readerId, heartbeatAge
 *   io.shmx.ReaderReattached  a reaped reader claimed a new slot        channel, readerIndex, readerId,
 *                                                                       previousReaderIndex, previousReaderId, slotReclaims
 *   io.shmx.SessionChanged    a reader followed a new producer region   channel, previousSessionId, sessionId,
 *                                                                       readerIndex, readerId, reattachments
 *   io.shmx.ControlRingFull   a control send was refused (ring full)    channel, readerIndex, readerId, messageType
 *   io.shmx.ChannelStatistics periodic (1 s), per open producer         channel, framesPublished
 *   io.shmx.ReaderStatistics  periodic (1 s), per open reader           channel, sessionId, readerIndex, readerId,
 *                                                                       framesMissed, reattachments, slotReclaims
 * </pre>
 *
 * The call sites go through {@link io.shmx.internal.jfr.ShmxEvents}, which says what each costs
 * when no recording runs (nothing per frame).
 */
package io.shmx.internal.jfr;
