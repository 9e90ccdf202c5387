package io.shmx.internal.region;

import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Octal permission bits ({@code 0600}) to and from NIO permission sets. */
public final class PosixModes {
    private static final PosixFilePermission[] BY_BIT = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

    private PosixModes() {}

    public static Set<PosixFilePermission> toSet(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < BY_BIT.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(BY_BIT[bit]);
            }
        }
        return set;
    }

    public static int toMode(Set<PosixFilePermission> set) {
        int mode = 0;
        for (int bit = 0; bit < BY_BIT.length; bit++) {
            if (set.contains(BY_BIT[bit])) {
                mode |= 1 << bit;
            }
        }
        return mode;
    }
}
