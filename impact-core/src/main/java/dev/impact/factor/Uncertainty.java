package dev.impact.factor;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spread of a number, as a distribution of a <em>relative multiplier</em> whose central value is 1: a factor of
 * 170 kgCO2e with {@code lognormal(gsd=1.5)} has a median of 170 and a geometric standard deviation of 1.5.
 *
 * <p>Parse the textual form used in data files with {@link #parse(String)}:
 * {@code lognormal(gsd=1.5)}, {@code triangular(low=0.7,high=1.4)}, {@code uniform(low=0.8,high=1.2)},
 * {@code normal(cv=0.1)}, {@code exact}. {@link #toString()} gives the same form back.
 */
public sealed interface Uncertainty {

    /** The largest geometric standard deviation accepted for {@link #lognormal}. */
    double MAX_GSD = 10;
    /** The largest upper bound accepted for {@link #triangular} and {@link #uniform}, as a multiplier. */
    double MAX_HIGH = 100;

    /** Lower bound of the central 95 % interval, as a multiplier of the central value. */
    double low95();

    /** Upper bound of the central 95 % interval, as a multiplier of the central value. */
    double high95();

    /** No spread: a value the user gave as exact, or a definition. */
    static Uncertainty exact() {
        return Exact.INSTANCE;
    }

    /** Log-normal multiplier with median 1 and geometric standard deviation {@code gsd} (in (1, 10]). */
    static Uncertainty lognormal(double gsd) {
        return new LogNormal(gsd);
    }

    /**
     * Triangular multiplier with mode 1 on [{@code low}, {@code high}], {@code 0 <= low <= 1 <= high <= 100}, 1 within
     * its 5th-95th percentiles.
     */
    static Uncertainty triangular(double low, double high) {
        return new Triangular(low, high);
    }

    /**
     * Uniform multiplier on [{@code low}, {@code high}], {@code 0 <= low <= 1 <= high <= 100}, 1 within its 5th-95th
     * percentiles.
     */
    static Uncertainty uniform(double low, double high) {
        return new Uniform(low, high);
    }

    /** Normal multiplier with mean 1 and relative standard deviation {@code cv} (in (0, 1]). */
    static Uncertainty normal(double cv) {
        return new Normal(cv);
    }

    /**
     * Parses the textual form, e.g. {@code lognormal(gsd=1.5)}.
     *
     * @throws IllegalArgumentException naming the text and what was expected
     */
    static Uncertainty parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("exact")) {
            return exact();
        }
        Matcher m = Pattern.compile("([a-z]+)\\((.*)\\)").matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("uncertainty '" + text + "' is not of the form kind(name=value,...);"
                    + " expected lognormal(gsd=..), triangular(low=..,high=..), uniform(low=..,high=..),"
                    + " normal(cv=..) or exact");
        }
        Map<String, Double> args = new LinkedHashMap<>();
        for (String part : m.group(2).split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("uncertainty '" + text + "': argument '" + part.trim()
                        + "' is not name=value");
            }
            try {
                args.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("uncertainty '" + text + "': '" + kv[1].trim()
                        + "' is not a number", e);
            }
        }
        switch (m.group(1)) {
            case "lognormal":
                return lognormal(arg(text, args, "gsd"));
            case "triangular":
                return triangular(arg(text, args, "low"), arg(text, args, "high"));
            case "uniform":
                return uniform(arg(text, args, "low"), arg(text, args, "high"));
            case "normal":
                return normal(arg(text, args, "cv"));
            default:
                throw new IllegalArgumentException("uncertainty '" + text + "': unknown kind '" + m.group(1)
                        + "'; expected lognormal, triangular, uniform, normal or exact");
        }
    }

    private static double arg(String text, Map<String, Double> args, String name) {
        Double v = args.get(name);
        if (v == null) {
            throw new IllegalArgumentException("uncertainty '" + text + "' lacks argument '" + name + "'");
        }
        return v;
    }

    /** See {@link #exact()}. */
    enum Exact implements Uncertainty {
        INSTANCE;

        @Override
        public double low95() {
            return 1;
        }

        @Override
        public double high95() {
            return 1;
        }

        @Override
        public String toString() {
            return "exact";
        }
    }

    /** See {@link #lognormal(double)}. */
    record LogNormal(double gsd) implements Uncertainty {
        public LogNormal {
            if (!(gsd > 1 && gsd <= MAX_GSD)) {
                throw new IllegalArgumentException("lognormal gsd must be a number > 1 and <= 10 (10 already spreads"
                        + " the 95 % interval over nearly four orders of magnitude), was " + gsd);
            }
        }

        @Override
        public double low95() {
            return Math.pow(gsd, -1.959963984540054);
        }

        @Override
        public double high95() {
            return Math.pow(gsd, 1.959963984540054);
        }

        @Override
        public String toString() {
            return "lognormal(gsd=" + gsd + ")";
        }
    }

    /** See {@link #triangular(double, double)}. */
    record Triangular(double low, double high) implements Uncertainty {
        public Triangular {
            Bounds.check("triangular", low, high);
            double width = high - low;
            Bounds.centralWithin90("triangular", low, high, low + Math.sqrt(0.05 * width * (1 - low)),
                    high - Math.sqrt(0.05 * width * (high - 1)));
        }

        @Override
        public double low95() {
            // inverse CDF at 2.5 %: low + sqrt(p (high-low)(mode-low)), mode = 1
            double width = high - low;
            return width == 0 ? 1 : low + Math.sqrt(0.025 * width * (1 - low));
        }

        @Override
        public double high95() {
            double width = high - low;
            return width == 0 ? 1 : high - Math.sqrt(0.025 * width * (high - 1));
        }

        @Override
        public String toString() {
            return "triangular(low=" + low + ",high=" + high + ")";
        }
    }

    /** See {@link #uniform(double, double)}. */
    record Uniform(double low, double high) implements Uncertainty {
        public Uniform {
            Bounds.check("uniform", low, high);
            Bounds.centralWithin90("uniform", low, high, low + 0.05 * (high - low), high - 0.05 * (high - low));
        }

        @Override
        public double low95() {
            return low + 0.025 * (high - low);
        }

        @Override
        public double high95() {
            return high - 0.025 * (high - low);
        }

        @Override
        public String toString() {
            return "uniform(low=" + low + ",high=" + high + ")";
        }
    }

    /** See {@link #normal(double)}. */
    record Normal(double cv) implements Uncertainty {
        public Normal {
            if (!(cv > 0 && cv <= 1)) {
                throw new IllegalArgumentException("normal cv must be a number > 0 and <= 1 (beyond, most draws"
                        + " would be cut at 0: use lognormal), was " + cv);
            }
        }

        @Override
        public double low95() {
            return 1 - 1.959963984540054 * cv;
        }

        @Override
        public double high95() {
            return 1 + 1.959963984540054 * cv;
        }

        @Override
        public String toString() {
            return "normal(cv=" + cv + ")";
        }
    }

    /** Shared bound checks. */
    final class Bounds {
        private Bounds() {
        }

        static void check(String kind, double low, double high) {
            if (!Double.isFinite(low) || !Double.isFinite(high)) {
                throw new IllegalArgumentException(kind + " bounds must be finite, were low=" + low + ", high=" + high);
            }
            if (low < 0) {
                throw new IllegalArgumentException(kind + " low must be >= 0, was " + low);
            }
            if (low > 1 || high < 1) {
                throw new IllegalArgumentException(kind + " bounds must satisfy low <= 1 <= high (multipliers of the"
                        + " central value), were low=" + low + ", high=" + high);
            }
            if (high > MAX_HIGH) {
                throw new IllegalArgumentException(kind + " high must be <= 100 (a hundred times the central"
                        + " value), was " + high);
            }
        }

        /** The central value (1) must lie between the spread's 5th and 95th percentiles. */
        static void centralWithin90(String kind, double low, double high, double p5, double p95) {
            if (p5 > 1 || p95 < 1) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s(low=%s,high=%s) puts the central"
                        + " value outside its own 5th-95th percentiles (%.3g to %.3g times it): the value given is"
                        + " not a central estimate of that spread; centre the bounds on it", kind, low, high, p5, p95));
            }
        }
    }
}
