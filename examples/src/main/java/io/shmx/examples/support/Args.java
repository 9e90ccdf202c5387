package io.shmx.examples.support;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command-line options of an example: {@code --name value} pairs and {@code --flag}s, checked
 * against the names the example declares, so a typo fails with the list of what is accepted.
 */
public final class Args {
    private final String program;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    /** A command line an example does not accept; the message names the option, the rule and what is accepted. */
    public static final class BadArgumentException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadArgumentException(String message) {
            super(message);
        }
    }

    private Args(String program) {
        this.program = program;
    }

    /**
     * Parses {@code args}; {@code options} are the names that take a value, {@code flagNames} the
     * names that do not (both without the leading {@code --}).
     *
     * @throws BadArgumentException naming the unknown option or the missing value
     */
    public static Args parse(String program, String[] args, List<String> options, List<String> flagNames) {
        Args parsed = new Args(program);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.startsWith("--") ? arg.substring(2) : null;
            if (name != null && options.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new BadArgumentException(program + ": option --" + name + " needs a value");
                }
                parsed.values.put(name, args[++i]);
            } else if (name != null && flagNames.contains(name)) {
                parsed.flags.add(name);
            } else {
                StringBuilder accepted = new StringBuilder();
                options.forEach(o -> accepted.append(" --").append(o).append(" VALUE"));
                flagNames.forEach(f -> accepted.append(" --").append(f));
                throw new BadArgumentException(program + ": unknown argument '" + arg + "'; accepted:"
                        + (accepted.isEmpty() ? " none" : accepted));
            }
        }
        return parsed;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int integer(String name, int fallback, int min) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new BadArgumentException(program + ": --" + name + " takes a whole number, not '" + v + "'");
        }
        if (n < min) {
            throw new BadArgumentException(program + ": --" + name + " must be at least " + min + ", not " + n);
        }
        return n;
    }

    public double decimal(String name, double fallback, double min) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new BadArgumentException(program + ": --" + name + " takes a number, not '" + v + "'");
        }
        if (!(d >= min) || Double.isInfinite(d)) {
            throw new BadArgumentException(program + ": --" + name + " must be a number of at least " + min
                    + ", not " + v);
        }
        return d;
    }
}
