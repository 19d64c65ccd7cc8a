package dev.impact.factors;

import dev.impact.factor.Factor;
import dev.impact.factor.Parameter;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import java.util.List;
import java.util.Locale;

/**
 * The result of a catalog search or listing: factors and parameters, printed as a small table.
 *
 * @param factors    matching factors
 * @param parameters matching parameters
 */
public record Listing(List<Factor> factors, List<Parameter> parameters) {
    public Listing {
        factors = List.copyOf(factors);
        parameters = List.copyOf(parameters);
    }

    /** Number of rows. */
    public int size() {
        return factors.size() + parameters.size();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (!factors.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%-52s %-8s %-6s %-5s %12s  %s%n", "factor id", "per", "zone",
                    "year", "kgCO2e", "source"));
            for (Factor f : factors) {
                sb.append(String.format(Locale.ROOT, "%-52s %-8s %-6s %-5d %12s  %s%s%n", f.id(), f.unit().symbol(),
                        f.provenance().zone(), f.year(), Numbers.format(f.values().total(Indicator.CLIMATE_CHANGE)),
                        f.sourceId(), f.provenance().estimate() ? " (estimate)" : ""));
            }
        }
        if (!parameters.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%-52s %12s %-10s %-5s  %s%n", "parameter id", "value", "unit", "year",
                    "source"));
            for (Parameter p : parameters) {
                sb.append(String.format(Locale.ROOT, "%-52s %12s %-10s %-5d  %s%s%n", p.id(), Numbers.format(p.value()),
                        p.unit(), p.provenance().year(), p.provenance().source().id(),
                        p.provenance().estimate() ? " (estimate)" : ""));
            }
        }
        if (sb.length() == 0) {
            sb.append("(nothing found)\n");
        }
        return sb.toString();
    }
}
