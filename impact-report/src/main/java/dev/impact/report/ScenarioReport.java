package dev.impact.report;

import dev.impact.compare.ScenarioResult;
import dev.impact.measure.Indicator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A report on a scenario against its baseline, for a council: the levers in words, and per indicator the baseline,
 * the scenario and the change with its uncertainty (a chart of the relative change per indicator, negative =
 * saving). Immutable and thread-safe.
 *
 * <pre>{@code
 * ScenarioResult r = Impact.using(catalog).reportingYear(2024).uncertainty(MonteCarlo.builder().seed(42).build())
 *         .scenario(inventory, Scenario.named("Laptops kept 6 years").extendLifetime("laptop", 2));
 * ScenarioReport.of(r).write(Format.HTML, Locale.FRENCH, Path.of("scenario.html"));
 * }</pre>
 *
 * <p>Formats: {@link Format#HTML}, {@link Format#MARKDOWN} and {@link Format#JSON} (schema
 * {@value #SCHEMA_RESOURCE}); CSV is not offered. The title is the scenario's name.
 */
public final class ScenarioReport implements ReportDocument {
    /** Version of the JSON output's schema. */
    public static final String SCHEMA_VERSION = "1.1";
    /** Class-path resource of the JSON Schema (draft 2020-12) of {@link Format#JSON} output. */
    public static final String SCHEMA_RESOURCE = "/dev/impact/report/scenario.schema.json";

    private final ScenarioResult result;

    private ScenarioReport(ScenarioResult result) {
        this.result = result;
    }

    /** The report on {@code result}. */
    public static ScenarioReport of(ScenarioResult result) {
        return new ScenarioReport(Objects.requireNonNull(result, "result"));
    }

    /** The scenario result reported on. */
    public ScenarioResult result() {
        return result;
    }

    /** The report's title: the scenario's name. */
    public String title() {
        return result.scenario().name();
    }

    /** The scenario and its relative change on climate change. */
    @Override
    public String toString() {
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        return String.format(Locale.ROOT, "ScenarioReport[%s, climate change %+.1f %%]", title(),
                100 * result.relativeChange(gwp));
    }
}
