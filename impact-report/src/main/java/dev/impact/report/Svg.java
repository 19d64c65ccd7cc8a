package dev.impact.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Builds one {@code <svg>} element. Texts and attribute values are escaped; numbers are written with a dot and at
 * most two decimals, whatever the JVM's locale. Not thread-safe.
 */
final class Svg {
    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;
    private final String title;

    private Svg(double width, double height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    /**
     * An image of {@code width} × {@code height} user units (it scales to its container), described by
     * {@code title} for screen readers.
     *
     * @throws IllegalArgumentException if a size is not a finite number > 0
     */
    public static Svg of(double width, double height, String title) {
        requirePositive(width, "width");
        requirePositive(height, "height");
        return new Svg(width, height, Objects.requireNonNull(title, "title"));
    }

    /** A rectangle; {@code tooltip} (may be empty) becomes its {@code <title>}. Zero or negative sizes are skipped. */
    public Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        if (!(w > 0) || !(h > 0)) {
            return this;
        }
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(escape(fill))
                .append('"');
        if (tooltip.isEmpty()) {
            body.append("/>");
        } else {
            body.append("><title>").append(escape(tooltip)).append("</title></rect>");
        }
        return this;
    }

    /** A circle; {@code tooltip} (may be empty) becomes its {@code <title>}. */
    public Svg circle(double cx, double cy, double r, String fill, String tooltip) {
        body.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(r)).append("\" fill=\"").append(escape(fill)).append('"');
        if (tooltip.isEmpty()) {
            body.append("/>");
        } else {
            body.append("><title>").append(escape(tooltip)).append("</title></circle>");
        }
        return this;
    }

    /** Opens a group whose elements share {@code tooltip}; close it with {@link #endGroup()}. */
    public Svg group(String tooltip, String cssClass) {
        body.append("<g class=\"").append(escape(cssClass)).append("\">");
        if (!tooltip.isEmpty()) {
            body.append("<title>").append(escape(tooltip)).append("</title>");
        }
        return this;
    }

    /** Closes the group opened last. */
    public Svg endGroup() {
        body.append("</g>");
        return this;
    }

    /** A line. */
    public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" class=\"").append(escape(cssClass))
                .append("\"/>");
        return this;
    }

    /** A text; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    public Svg text(double x, double y, String text, String anchor, String cssClass) {
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(escape(anchor)).append("\" class=\"").append(escape(cssClass)).append("\">")
                .append(escape(text)).append("</text>");
        return this;
    }

    /** A text with a tooltip holding the full text (for a label shortened to fit). */
    public Svg text(double x, double y, String text, String anchor, String cssClass, String tooltip) {
        if (tooltip.equals(text)) {
            return text(x, y, text, anchor, cssClass);
        }
        body.append("<g><title>").append(escape(tooltip)).append("</title>");
        text(x, y, text, anchor, cssClass);
        body.append("</g>");
        return this;
    }

    /** The SVG markup. */
    public String toSvg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " + num(width) + " "
                + num(height) + "\" width=\"" + num(width) + "\" height=\"" + num(height)
                + "\" role=\"img\" aria-label=\"" + escape(title) + "\"><title>" + escape(title) + "</title>" + body
                + "</svg>";
    }

    @Override
    public String toString() {
        return toSvg();
    }

    /** Escapes {@code & < > " '} for XML text and attribute values, and drops characters XML 1.0 forbids. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                default:
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
            }
        }
        return sb.toString();
    }

    /** A coordinate: dot decimal, at most two decimals, no trailing zeros, no exponent. */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("SVG coordinate must be a finite number, was " + v);
        }
        BigDecimal d = new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static void requirePositive(double v, String name) {
        if (!Double.isFinite(v) || v <= 0) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, was " + v);
        }
    }
}
