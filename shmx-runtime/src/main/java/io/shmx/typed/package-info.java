/**
 * What the code generated for a {@code @ShmxFrame} record builds on: a generated
 * {@code FooWriter}, {@code FooReader} and {@code FooView} extend {@link io.shmx.typed.TypedWriter},
 * {@link io.shmx.typed.TypedReader} and {@link io.shmx.typed.TypedView} and keep only what is per
 * record (stream ids, positions and typed accessors); array streams are filled in place through
 * the per-dtype claims ({@link io.shmx.typed.FloatClaim} and its siblings). The record's streams
 * are described once, by a {@link io.shmx.typed.FrameSchema}, and every helper takes a stream's
 * position {@code k} in the record.
 *
 * <p>{@link io.shmx.typed.SchemaEncoding} exposes the runtime's own directory encoding and hash,
 * which the annotation processor uses to lay schemas out at compile time, so both agree byte for
 * byte.
 *
 * <p>Hot paths ({@code latest}, {@code next}, accessors, setters, claims, {@code publish})
 * allocate nothing; {@code toRecord}, {@code toString} and the String accessor copy.
 */
package io.shmx.typed;
