package dev.impact.report;

import dev.impact.compare.ScenarioResult;
import dev.impact.compare.Trajectory;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A report for the decisions of the year, from a {@link Trajectory} of yearly inventories: the totals per year and
 * what changed (fleet, factors, method), the sites or services (the lines' groups) year by year, the e-waste the
 * fleet will give in the next years with its age pyramid, and — when given — a reduction target and the levers of a
 * scenario with their saving (Shapley split) and which of them close the gap. Immutable and thread-safe.
 *
 * <pre>{@code
 * Trajectory t = Impact.using(catalog).trajectory(Map.of(2022, inv2022, 2024, inv2024));
 * TrajectoryReport.of(t).target(2030, 0.5).scenario(scenarioResult)
 *         .write(Format.HTML, Locale.FRENCH, Path.of("trajectory.html"));
 * }</pre>
 *
 * <p>Formats: {@link Format#HTML}, {@link Format#MARKDOWN} and {@link Format#JSON} (schema
 * {@value #SCHEMA_RESOURCE}); CSV is not offered.
 */
public final class TrajectoryReport implements ReportDocument {
    /** Version of the JSON output's schema. */
    public static final String SCHEMA_VERSION = "1.0";
    /** Class-path resource of the JSON Schema (draft 2020-12) of {@link Format#JSON} output. */
    public static final String SCHEMA_RESOURCE = "/dev/impact/report/trajectory.schema.json";
    /** Years of e-waste forecast by default. */
    public static final int OUTLOOK_YEARS = 5;

    private final Trajectory trajectory;
    private final int targetYear; // 0 = none
    private final double reduction;
    private final ScenarioResult scenario; // null = none

    private TrajectoryReport(Trajectory trajectory, int targetYear, double reduction, ScenarioResult scenario) {
        this.trajectory = trajectory;
        this.targetYear = targetYear;
        this.reduction = reduction;
        this.scenario = scenario;
    }

    /** The report on {@code trajectory}, without target or scenario. */
    public static TrajectoryReport of(Trajectory trajectory) {
        return new TrajectoryReport(Objects.requireNonNull(trajectory, "trajectory"), 0, 0, null);
    }

    /**
     * A copy with the target of reducing the first year's total by {@code reduction} (0.5 for −50 %) by
     * {@code year}.
     *
     * @throws IllegalArgumentException as {@link Trajectory#target(int, double)}
     */
    public TrajectoryReport target(int year, double reduction) {
        trajectory.target(year, reduction); // checks both
        return new TrajectoryReport(trajectory, year, reduction, scenario);
    }

    /** A copy with a scenario assessed on the last year's inventory: its levers and their savings. */
    public TrajectoryReport scenario(ScenarioResult scenario) {
        return new TrajectoryReport(trajectory, targetYear, reduction, Objects.requireNonNull(scenario, "scenario"));
    }

    /** The trajectory reported on. */
    public Trajectory trajectory() {
        return trajectory;
    }

    /** The target, if one was given. */
    public Optional<Trajectory.Target> targetView() {
        return targetYear == 0 ? Optional.empty() : Optional.of(trajectory.target(targetYear, reduction));
    }

    /** The scenario, if one was given. */
    public Optional<ScenarioResult> scenario() {
        return Optional.ofNullable(scenario);
    }

    /** The report's title: the last year's inventory name. */
    public String title() {
        return trajectory.years().get(trajectory.years().size() - 1).inventoryName();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TrajectoryReport[%s, %d years%s%s]", title(), trajectory.years().size(),
                targetYear == 0 ? "" : ", target " + targetYear, scenario == null ? "" : ", scenario "
                        + scenario.scenario().name());
    }
}
