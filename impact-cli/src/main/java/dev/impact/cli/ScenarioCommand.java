package dev.impact.cli;

import dev.impact.Assessor;
import dev.impact.io.InvalidFileException;
import dev.impact.io.ScenarioFiles;
import dev.impact.compare.ScenarioResult;
import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.factors.Catalog;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code impact scenario}: a scenario of sobriety levers against the inventory as it is, with uncertainty. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = {"Applies a scenario file's levers (what-ifs) to an inventory and prints, per indicator, the"
                + " baseline, the scenario and the change, with uncertainty: both are simulated with the same draws,"
                + " so the change's spread only reflects what the levers touch; P(lower) is the probability that the"
                + " scenario is below the baseline.",
                "Scenario file (JSON, see the README): {\"name\": \"…\", \"whatIfs\": [{\"type\": \"extendLifetime\","
                        + " \"category\": \"laptop\", \"years\": 2}, …]} with the lever types extendLifetime"
                        + " (category, years), refurbished (category, share), shareDevices (category, usersPerDevice),"
                        + " reduceStorage (fraction), moveStorage (zone), gridMix (zone, ratio); \"categories\": […]"
                        + " targets several categories at once.",
                "The inventory is validated first (exit 1, every problem listed), then the scenario file (exit 1,"
                        + " file:line: field: reason)."},
        footerHeading = "%nExamples:%n",
        footer = {"  impact scenario examples/local-authority.csv examples/scenario-sobriety.json --year 2024",
                "  impact scenario fleet.csv plan.json --draws 20000 --seed 7 --format json -o plan-result.json"})
final class ScenarioCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INVENTORY", description = "The inventory file (.csv, .json, GLPI export).")
    Path input;

    @Parameters(index = "1", paramLabel = "SCENARIO", description = "The scenario file (.json).")
    Path scenarioFile;

    @CommandLine.Mixin
    MonteCarloOptions.Simulation monteCarlo = new MonteCarloOptions.Simulation();

    @CommandLine.Mixin
    CommonOptions.Assessment assessment = new CommonOptions.Assessment();

    @CommandLine.Mixin
    CommonOptions.FactorsOption factors = new CommonOptions.FactorsOption();

    @CommandLine.Mixin
    CommonOptions.Input inputOptions = new CommonOptions.Input();

    @CommandLine.Mixin
    CommonOptions.DecisionOutput outputOptions = new CommonOptions.DecisionOutput();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = outputOptions.format();
        Locale locale = outputOptions.locale();
        Path output = outputOptions.output;
        boolean quiet = outputOptions.quiet;
        Outputs.refuseOverwritingInput(output, "-o", input, scenarioFile, factors.overlay, inputOptions.mapping);
        MonteCarlo mc = monteCarlo.build();
        Catalog catalog = factors.catalog();
        Assessor assessor = assessment.assessor(catalog).uncertainty(mc);
        AssessmentOptions options = assessor.options();
        Optional<List<Inventory>> read = Inventories.readAll(List.of(input), assessor, inputOptions.readOptions(),
                err, quiet);
        if (read.isEmpty()) {
            return Main.INVALID_INPUT;
        }
        Inventory inventory = read.get().get(0);
        ScenarioFiles.Result s;
        try {
            s = ScenarioFiles.read(scenarioFile, inventory, catalog);
        } catch (InvalidFileException e) {
            e.problems().forEach(err::println);
            err.println("impact: the scenario file is invalid; nothing was written");
            return Main.INVALID_INPUT;
        }
        if (!quiet) {
            s.notices().forEach(n -> err.println("note: " + n));
        }
        ScenarioResult r;
        try {
            r = assessor.scenario(inventory, s.scenario());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(scenarioFile + ": the scenario cannot be applied to " + input + ": "
                    + e.getMessage(), e);
        }
        // one JSON form: the report module's, with its schema (scenario.schema.json)
        Outputs.emit(out, output, fmt.equals("text") ? text(r)
                : dev.impact.report.ScenarioReport.of(r).render(dev.impact.report.Format.of(fmt),
                fmt.equals("json") ? Locale.ROOT : locale));
        if (output != null && !quiet) {
            err.println("written: " + output);
        }
        out.flush();
        err.flush();
        return Main.OK;
    }

    String text(ScenarioResult r) {
        StringBuilder sb = new StringBuilder(r.toString());
        double[] ps = r.baseline().settings().percentiles();
        double lo = ps[0];
        double hi = ps[ps.length - 1];
        String range = "p" + Numbers.format(lo) + " .. p" + Numbers.format(hi);
        sb.append(String.format(Locale.ROOT, "%nWith uncertainty: mean [%s] (seed %d)%n", range,
                r.baseline().settings().seed()));
        sb.append(String.format(Locale.ROOT, "%-38s %28s %28s %28s  %s%n", "indicator", "baseline", "scenario",
                "change", "unit"));
        for (Indicator i : r.indicators()) {
            sb.append(String.format(Locale.ROOT, "%-38s %28s %28s %28s  %s%n", i.label(),
                    spread(r.baseline().total(i), lo, hi), spread(r.result().total(i), lo, hi),
                    spread(r.changeUncertainty(i), lo, hi), i.unit()));
        }
        return sb.toString();
    }

    private static String spread(Optional<Summary> s, double lo, double hi) {
        return s.map(x -> Numbers.format(x.mean()) + " [" + Numbers.format(x.percentile(lo)) + " .. "
                + Numbers.format(x.percentile(hi)) + "]").orElse("n/a");
    }
}
