/** Annotations that declare shmx frame types. */
module io.shmx.annotations {
    requires transitive io.shmx.runtime;
    exports io.shmx.annotations;
}
