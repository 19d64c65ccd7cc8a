package dev.impact.report;

import dev.impact.measure.Availability;
import dev.impact.measure.Indicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * Numbers, percentages and units for human readers of one locale. French: decimal comma, narrow no-break space
 * (U+202F) between thousands and before "%"; English: decimal point, comma between thousands. Other locales use
 * their own separators with English texts. Values are rounded for reading: whole numbers from 100 up, three
 * significant figures below. Not thread-safe (one per rendering).
 */
final class Fmt {
    /** Narrow no-break space, the French thousands separator. */
    public static final char NNBSP = '\u202F';

    private final Locale locale;
    private final Texts texts;
    private final DecimalFormatSymbols symbols;
    private final boolean french;

    private Fmt(Locale locale, Texts texts) {
        this.locale = locale;
        this.texts = texts;
        this.french = "fr".equals(locale.getLanguage());
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(locale);
        if (french) {
            s.setDecimalSeparator(',');
            s.setGroupingSeparator(NNBSP);
        } else if ("en".equals(locale.getLanguage()) || locale.getLanguage().isEmpty()) {
            s.setDecimalSeparator('.');
            s.setGroupingSeparator(',');
        }
        s.setMinusSign('-');
        this.symbols = s;
    }

    /** Formats for {@code locale}. */
    public static Fmt of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new Fmt(locale, Texts.of(locale));
    }

    /** The texts of this locale's language. */
    public Texts texts() {
        return texts;
    }

    /** The locale. */
    public Locale locale() {
        return locale;
    }

    /**
     * A number for reading: whole from 100 up (with thousands separators), at most three significant figures below
     * (no trailing zeros), scientific under 10^-6; "n/a" / "non disponible" for NaN.
     */
    public String number(double v) {
        if (Double.isNaN(v)) {
            return texts.get("na");
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a < 1e-6) {
            return new DecimalFormat("0.##E0", symbols).format(v);
        }
        int decimals = a >= 100 ? 0 : 2 - (int) Math.floor(Math.log10(a));
        // round with BigDecimal first: the same digits on every JDK
        BigDecimal d = new BigDecimal(v).setScale(Math.max(decimals, 0), RoundingMode.HALF_EVEN);
        DecimalFormat f = new DecimalFormat(decimals > 0 ? "#,##0." + "#".repeat(decimals) : "#,##0", symbols);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(d);
    }

    /**
     * A number rounded to three significant figures, for values known only within a range: 66 812 → "66 800",
     * 0.04567 → "0.0457"; "n/a" for NaN.
     */
    public String approx(double v) {
        return significant(v, 3);
    }

    /** A number rounded to {@code digits} significant figures (see {@link #approx(double)}): 36 667 → "37 000". */
    public String significant(double v, int digits) {
        if (!Double.isFinite(v) || v == 0) {
            return number(v);
        }
        return number(new BigDecimal(v).round(new java.math.MathContext(digits, RoundingMode.HALF_EVEN))
                .doubleValue());
    }

    /** An interval "a – b", both ends to three significant figures (see {@link #approx(double)}). */
    public String range(double low, double high) {
        return approx(low) + " – " + approx(high);
    }

    /** A change with its sign: "+120", "−3 085" (minus sign U+2212), "0"; three significant figures if approx. */
    public String signed(double v, boolean approx) {
        String s = approx ? approx(Math.abs(v)) : number(Math.abs(v));
        if (Double.isNaN(v) || v == 0 || s.equals("0")) {
            return s;
        }
        return (v < 0 ? "\u2212" : "+") + s;
    }

    /**
     * A relative change with its sign, whole percent: "−32 %" (French) / "−32%", "+5%", "0%"; "−0.4%" style
     * values below 1 % in magnitude keep one decimal.
     */
    public String signedPercent(double change) {
        if (Double.isNaN(change)) {
            return texts.get("na");
        }
        double p = 100 * change;
        String sep = french ? String.valueOf(NNBSP) : "";
        DecimalFormat f = new DecimalFormat(Math.abs(p) < 0.95 ? "#,##0.#" : "#,##0", symbols);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String digits = f.format(Math.abs(p));
        if (digits.equals("0")) {
            return "0" + sep + "%";
        }
        return (p < 0 ? "\u2212" : "+") + digits + sep + "%";
    }

    /** A probability in [0, 1] as a whole percentage, "< 1 %" and "> 99 %" at the ends (never a false 0 or 100). */
    public String probability(double p) {
        if (Double.isNaN(p)) {
            return texts.get("na");
        }
        String sep = french ? String.valueOf(NNBSP) : "";
        if (p == 0) {
            return "0" + sep + "%";
        }
        if (p == 1) {
            return "100" + sep + "%";
        }
        if (p < 0.005) {
            return "< 1" + sep + "%";
        }
        if (p > 0.995) {
            return "> 99" + sep + "%";
        }
        return percent(p);
    }

    /** A whole count with thousands separators, or a quantity with up to 2 decimals. */
    public String quantity(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", symbols);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(v);
    }

    /**
     * A value with its availability: the number; "≥ number" for a partial value (a lower bound); "n/a" /
     * "non disponible" when not available — never 0.
     */
    public String value(double v, Availability availability) {
        switch (availability) {
            case NOT_AVAILABLE:
                return texts.get("na");
            case PARTIAL:
                return "≥ " + number(v);
            default:
                return number(v);
        }
    }

    /** A share in [0, 1] as a percentage: "78 %" (French, narrow no-break space) or "78%"; "< 1 %" below 0.5 %. */
    public String percent(double share) {
        if (Double.isNaN(share)) {
            return texts.get("na");
        }
        double p = 100 * share;
        String sep = french ? String.valueOf(NNBSP) : "";
        if (p > 0 && p < 0.5) {
            return "< 1" + sep + "%";
        }
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(p) + sep + "%";
    }

    /**
     * The unit to show {@code indicator}'s values in, chosen from the largest of them ({@code magnitude}, in the
     * indicator's canonical unit): tonnes from 1 000 kg CO₂e or kg of e-waste, GJ from 10 000 MJ, else the canonical
     * unit. One scale per column or key figure, so that a column's values share a unit.
     */
    public Scale scale(Indicator indicator, double magnitude) {
        double a = Double.isFinite(magnitude) ? Math.abs(magnitude) : 0;
        switch (indicator) {
            case CLIMATE_CHANGE:
            case E_WASTE:
                if (a >= 1000) {
                    return new Scale(1000, texts.get("unit_" + indicator.code() + "_t"));
                }
                break;
            case FOSSIL_RESOURCE_USE:
                if (a >= 10_000) {
                    return new Scale(1000, texts.get("unit_adpf_gj"));
                }
                break;
            default:
                break;
        }
        return new Scale(1, unit(indicator));
    }

    /**
     * A value in {@code scale}'s unit to three significant figures (where more digits would claim a precision the
     * factors do not have), with its availability: "≥ 266" for a lower bound, "n/a" / "non disponible" — never 0.
     */
    public String scaled(double v, Availability availability, Scale scale) {
        double x = v / scale.divisor();
        switch (availability) {
            case NOT_AVAILABLE:
                return texts.get("na");
            case PARTIAL:
                return "≥ " + approx(x);
            default:
                return approx(x);
        }
    }

    /** A unit for reading: the canonical unit divided by {@code divisor} (1 or 1 000), e.g. "t CO₂e". */
    record Scale(double divisor, String unit) {
    }

    /** An indicator's unit for reading, e.g. "kg CO₂e", "kg Sb éq.", "m³". */
    public String unit(Indicator indicator) {
        return texts.get("unit_" + indicator.code());
    }

    /** An indicator's label, e.g. "Changement climatique". */
    public String label(Indicator indicator) {
        return texts.get("indicator_" + indicator.code());
    }
}
