/** shmx runtime: shared-memory frame channels in the shmx 2.0 format. */
module io.shmx.runtime {
    requires jdk.jfr;

    exports io.shmx;
    exports io.shmx.typed;
}
