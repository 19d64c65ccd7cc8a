package dev.impact.cli;

import dev.impact.Assessor;
import dev.impact.compare.ScenarioResult;
import dev.impact.compare.Trajectory;
import dev.impact.factors.Catalog;
import dev.impact.inventory.Inventory;
import dev.impact.io.InvalidFileException;
import dev.impact.io.ScenarioFiles;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import dev.impact.report.Format;
import dev.impact.report.TrajectoryReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact trajectory}: yearly inventories, what changed, sites, e-waste ahead, a target and levers. */
@Command(name = "trajectory", mixinStandardHelpOptions = true,
        description = {"Assesses one inventory per reporting year (YEAR=FILE) each in its year, and splits each"
                + " year-over-year change into fleet (the inventory), factors (valid that year) and method effects;"
                + " shows the sites or services (the group column), the e-waste the last year's fleet will give in"
                + " the next 5 years and its age pyramid; with --target, the yearly reduction needed; with"
                + " --scenario, the saving of each lever of a scenario applied to the last year (Shapley split, with"
                + " uncertainty) and which levers close the gap.",
                "Every file is validated first (exit 1, every problem listed)."},
        footerHeading = "%nExamples:%n",
        footer = {"  impact trajectory 2019=examples/trajectory/ville-2019.csv 2022=examples/trajectory/ville-2022.csv"
                + " 2024=examples/trajectory/ville-2024.csv"
                + " --target 2030:0.5 --scenario examples/scenario-sobriety.json --format html -o trajectoire.html"})
final class TrajectoryCommand implements Callable<Integer> {
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})=(.+)");
    private static final Pattern PER = Pattern.compile("([^=]+)=([0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern TARGET = Pattern.compile("(\\d{4}):(0?\\.\\d+|\\d+(?:\\.\\d+)?%)");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "YEAR=FILE", description = "A reporting year and its inventory file"
            + " (.csv, .json, GLPI export), e.g. 2024=fleet-2024.csv; one per year.")
    List<String> yearFiles;

    @Option(names = "--target", paramLabel = "YEAR:REDUCTION", description = "A reduction against the first year,"
            + " e.g. 2030:0.5 or 2030:50% (half of the first year's footprint by 2030).")
    String target;

    @Option(names = "--scenario", paramLabel = "FILE", description = "A scenario file (.json) applied to the last"
            + " year's inventory: its levers' savings.")
    Path scenarioFile;

    @Option(names = "--per", paramLabel = "NAME=COUNT", description = "The last year's footprint per agent, pupil or"
            + " inhabitant: e.g. --per agent=1400 --per habitant=60000 (repeatable).")
    List<String> per = new ArrayList<>();

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
        boolean quiet = outputOptions.quiet;
        if (assessment.year != null) {
            throw new Main.UsageException("--year: each file gives its year (YEAR=FILE)");
        }
        Map<Integer, Path> files = new TreeMap<>();
        for (String yf : yearFiles) {
            Matcher m = YEAR_FILE.matcher(yf);
            if (!m.matches()) {
                throw new Main.UsageException("expected YEAR=FILE (e.g. 2024=fleet.csv), was '" + yf + "'");
            }
            if (files.put(Integer.parseInt(m.group(1)), Path.of(m.group(2))) != null) {
                throw new Main.UsageException("year " + m.group(1) + " is given twice");
            }
        }
        int targetYear = 0;
        double reduction = 0;
        if (target != null) {
            Matcher m = TARGET.matcher(target.strip());
            if (!m.matches()) {
                throw new Main.UsageException("--target: expected YEAR:REDUCTION such as 2030:0.5 or 2030:50%, was '"
                        + target + "'");
            }
            targetYear = Integer.parseInt(m.group(1));
            String r = m.group(2);
            reduction = r.endsWith("%") ? Double.parseDouble(r.substring(0, r.length() - 1)) / 100
                    : Double.parseDouble(r);
        }
        List<Path> inputs = new ArrayList<>(files.values());
        inputs.add(scenarioFile);
        inputs.add(factors.overlay);
        inputs.add(inputOptions.mapping);
        Outputs.refuseOverwritingInput(outputOptions.output, "-o", inputs.toArray(new Path[0]));
        Catalog catalog = factors.catalog();
        Assessor base = assessment.assessor(catalog).uncertainty(monteCarlo.build());
        Map<Integer, Inventory> inventories = new TreeMap<>();
        for (Map.Entry<Integer, Path> e : files.entrySet()) {
            Optional<List<Inventory>> read = Inventories.readAll(List.of(e.getValue()),
                    base.reportingYear(e.getKey()), inputOptions.readOptions(), err, quiet);
            if (read.isEmpty()) {
                return Main.INVALID_INPUT;
            }
            inventories.put(e.getKey(), read.get().get(0));
        }
        Trajectory t = base.trajectory(inventories);
        TrajectoryReport report = TrajectoryReport.of(t);
        if (targetYear != 0) {
            try {
                report = report.target(targetYear, reduction);
            } catch (IllegalArgumentException e) {
                throw new Main.UsageException("--target: " + e.getMessage());
            }
        }
        for (String p : per) {
            Matcher m = PER.matcher(p.strip());
            if (!m.matches()) {
                throw new Main.UsageException("--per: expected NAME=COUNT such as agent=1400, was '" + p + "'");
            }
            try {
                report = report.per(m.group(1), Double.parseDouble(m.group(2)));
            } catch (IllegalArgumentException e) {
                throw new Main.UsageException("--per " + p + ": " + e.getMessage());
            }
        }
        int lastYear = ((TreeMap<Integer, Inventory>) inventories).lastKey();
        Inventory last = inventories.get(lastYear);
        if (scenarioFile != null) {
            ScenarioFiles.Result s;
            try {
                s = ScenarioFiles.read(scenarioFile, last, catalog);
            } catch (InvalidFileException e) {
                e.problems().forEach(err::println);
                err.println("impact: the scenario file is invalid; nothing was written");
                return Main.INVALID_INPUT;
            }
            if (!quiet) {
                s.notices().forEach(n -> err.println("note: " + n));
            }
            ScenarioResult r = base.reportingYear(lastYear).scenario(last, s.scenario());
            report = report.scenario(r);
        }
        Outputs.emit(out, outputOptions.output, fmt.equals("text") ? text(report)
                : report.render(Format.of(fmt), fmt.equals("json") ? Locale.ROOT : outputOptions.locale()));
        if (outputOptions.output != null && !quiet) {
            err.println("written: " + outputOptions.output);
        }
        out.flush();
        err.flush();
        return Main.OK;
    }

    static String text(TrajectoryReport report) {
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        StringBuilder sb = new StringBuilder(report.trajectory().toString());
        report.targetView().ifPresent(g -> sb.append(String.format(Locale.ROOT, "%nTarget: %s %s in %d (-%s %%"
                        + " against %d); from %d: -%.1f %% a year, %s %s to save%n", Numbers.format(g.target()),
                gwp.unit(), g.targetYear(), Numbers.format(100 * (1 - g.target() / g.reference())), g.referenceYear(),
                g.lastYear(), 100 * g.yearlyReduction(), Numbers.format(g.gap()), gwp.unit())));
        Indicator last = gwp;
        double total = report.trajectory().years().get(report.trajectory().years().size() - 1).total(last);
        report.denominators().forEach((name, count) -> sb.append(String.format(Locale.ROOT, "%s %s per %s%n",
                Numbers.format(total / count), gwp.unit(), name)));
        report.scenario().ifPresent(s -> sb.append('\n').append(s));
        sb.append('\n').append(dev.impact.engine.FleetOutlook.of(report.trajectory().years()
                .get(report.trajectory().years().size() - 1), TrajectoryReport.OUTLOOK_YEARS));
        return sb.toString();
    }
}
