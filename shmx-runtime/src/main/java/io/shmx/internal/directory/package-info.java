/**
 * The static area: the stream directory every reader needs to interpret frames, and raw static
 * bytes appended after it.
 *
 * <p>Entries are TLVs encoded by {@link io.shmx.internal.directory.DirectoryEntryCodec} (byte for
 * byte as the original library writes them, stale padding included). The producer only appends:
 * {@link io.shmx.internal.directory.StaticAreaWriter} writes beyond {@code static_bytes_used},
 * stores {@code used} with release, then bumps {@code static_gen} with release. A reader takes a
 * {@link io.shmx.internal.directory.StaticDirectory} snapshot by reading {@code gen} and
 * {@code used} (acquire), copying, fencing and re-reading {@code gen}; equal generations make a
 * consistent copy. {@link io.shmx.internal.directory.ChannelValidation} checks a config and its
 * stream specs before anything is created, with messages that name the value, the rule and the fix.
 */
package io.shmx.internal.directory;
