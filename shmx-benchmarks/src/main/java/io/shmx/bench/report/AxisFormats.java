package io.shmx.bench.report;

import io.shmx.bench.harness.Sizes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Tick labels of the charts' logarithmic axes. */
final class AxisFormats {
    private AxisFormats() {}

    /** Labels an axis value x = 1 / (1 - q) with the percentile q: 10 -> "90%", 1000 -> "99.9%". */
    static NumberFormat percentile() {
        return new LabelFormat() {
            @Override
            String label(double x) {
                double p = 100.0 - 100.0 / x;
                BigDecimal d = new BigDecimal(p).round(new MathContext(6)).stripTrailingZeros();
                return d.toPlainString() + "%";
            }
        };
    }

    /** Labels a byte count: 64B, 4KiB, 1MiB. */
    static NumberFormat bytes() {
        return new LabelFormat() {
            @Override
            String label(double x) {
                return Sizes.label(Math.round(x));
            }
        };
    }

    /** Plain numbers without needless digits: 0.1, 2, 1500; millions as 1.5M. */
    static NumberFormat plain() {
        return new LabelFormat() {
            @Override
            String label(double x) {
                if (x >= 1e6) {
                    return new BigDecimal(x / 1e6).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "M";
                }
                if (x >= 1e3) {
                    return new BigDecimal(x / 1e3).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "k";
                }
                return new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString();
            }
        };
    }

    /** A format-only NumberFormat (JFreeChart never parses tick labels). */
    private abstract static class LabelFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        abstract String label(double x);

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(label(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(label(number));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("tick labels are not parsed");
        }
    }
}
