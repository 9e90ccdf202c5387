package io.shmx.bridge.cli;

import picocli.CommandLine;

import java.time.Duration;
import java.util.Locale;

/** "500ms", "2s", "1m" or ISO-8601 ("PT2S"). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("pt") || s.startsWith("p")) {
                return Duration.parse(v.trim().toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            if (s.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 1000));
            }
            if (s.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)) * 60);
            }
        } catch (RuntimeException e) {
            // fall through
        }
        throw new CommandLine.TypeConversionException("'" + v + "' is not a duration; write e.g. 500ms, 2s, 1m or PT2S");
    }
}
