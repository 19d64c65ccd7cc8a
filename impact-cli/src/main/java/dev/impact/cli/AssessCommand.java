package dev.impact.cli;

import dev.impact.Assessor;
import dev.impact.engine.Assessment;
import dev.impact.engine.ConventionDifference;
import dev.impact.factors.Catalog;
import dev.impact.inventory.Convention;
import dev.impact.io.InventoryFiles;
import dev.impact.io.InventoryReader;
import dev.impact.io.Problem;
import dev.impact.io.StreamSummary;
import dev.impact.io.StreamingAssessor;
import dev.impact.report.AtomicOutput;
import dev.impact.report.Format;
import dev.impact.report.Report;
import dev.impact.report.ReportDocument;
import dev.impact.report.Sections;
import dev.impact.report.TotalsReport;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.UncertainAssessment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code impact assess}: reads and assesses an inventory file once, streaming it; writes the full report of the
 * assessment the run kept (up to {@link #REPORT_LIMIT} lines) or, for longer inputs, the report of its totals.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assesses an inventory file (impact CSV or JSON, or a GLPI export) and writes a report.",
                "The file is read and assessed once. Inputs of up to ${sys:impact.reportLimit:-100000} lines get a"
                        + " full report in any format; longer ones (or --stream) are read with bounded memory and get"
                        + " a report of their totals in any format (totals, categories, phases, defaults, problems;"
                        + " no per-line tables), with per-line results in --lines FILE if asked.",
                "An inventory with invalid lines is refused (exit 1, every problem listed) unless --skip-invalid."},
        footerHeading = "%nExamples:%n",
        footer = {"  impact assess examples/local-authority.csv --year 2024",
                "  impact assess examples/local-authority.csv --lang fr -o rapport.html",
                "  impact assess inventaire.csv --year 2024 --title \"Numérique 2024\" --annex file -o rapport.html",
                "  impact assess fleet.json --accounting lifecycle --format json -o result.json",
                "  impact assess glpi-export.csv --mapping mapping.csv --skip-invalid",
                "  impact assess examples/numecoeval/ --convention numecoeval --year 2024 --tables out/",
                "  impact assess huge.csv --stream --lines per-line.csv --format json -o totals.json",
                "  impact assess huge.csv --format html --lang fr -o totaux.html",
                "  impact assess examples/local-authority.csv --year 2024 --uncertainty 10000",
                "  impact assess fleet.csv --uncertainty 5000 --seed 7 --percentiles 2.5,50,97.5 --format json"})
final class AssessCommand implements Callable<Integer> {
    /** Inputs with more valid lines than this get a report of their totals instead of a full report. */
    static final int REPORT_LIMIT = 100_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INVENTORY", description = "The inventory file (.csv, .json, GLPI export),"
            + " or a directory: a NumEcoEval / G4IT lot.")
    Path input;

    @CommandLine.Mixin
    CommonOptions.Assessment assessment = new CommonOptions.Assessment();

    @CommandLine.Mixin
    CommonOptions.FactorsOption factors = new CommonOptions.FactorsOption();

    @CommandLine.Mixin
    CommonOptions.Input inputOptions = new CommonOptions.Input();

    @CommandLine.Mixin
    NumEcoEvalLot.Options lotOptions = new NumEcoEvalLot.Options();

    @Option(names = "--format", paramLabel = "text|html|md|csv|csv-fr|json|xlsx", defaultValue = "text",
            description = "Output format (default: the one -o's extension names, else ${DEFAULT-VALUE}). csv-fr: the"
                    + " report CSV for French spreadsheets (';', decimal comma, French names); xlsx: a workbook with"
                    + " tabs summary, by category, by line, defaults, factors (needs -o).")
    String format;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the html and md report (default: the"
            + " inventory's name, i.e. the file name).")
    String title;

    @Option(names = "--annex", paramLabel = "inline|file|none", defaultValue = "inline",
            description = "Where the html and md report puts its annex (every line, every default with its lines,"
                    + " every factor's full source): inline after the summary, starting on a new page (default);"
                    + " file: in FILE-annexe.html beside -o FILE (-annex in English); none: summary only.")
    String annex;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            description = "Language of html and md reports (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE (atomically)"
            + " instead of standard output.")
    Path output;

    @Option(names = "--lines", paramLabel = "FILE", description = "Also write one CSV row per assessed line (file"
            + " line, kind, label, category, quantity, one column per indicator), as it goes.")
    Path linesOutput;

    @Option(names = "--skip-invalid", description = "Assess the valid lines and report how many were skipped and"
            + " why, instead of refusing the inventory.")
    boolean skipInvalid;

    @Option(names = "--stream", description = "Keep no per-line results (bounded memory) and report the totals,"
            + " whatever the input's length.")
    boolean stream;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no notices on standard error.")
    boolean quiet;

    @Option(names = "--uncertainty", paramLabel = "N", description = "Also propagate the spreads of the factors,"
            + " parameters and defaults by Monte Carlo with N draws (e.g. 10000): per indicator the central value,"
            + " mean, median, standard deviation, percentiles and main drivers (text and json output; needs at most"
            + " ${sys:impact.reportLimit:-100000} lines, no --stream).")
    Integer uncertainty;

    @CommandLine.Mixin
    MonteCarloOptions.Settings monteCarlo = new MonteCarloOptions.Settings();

    @Option(names = "--why-differs", paramLabel = "co2js|ccf|boaviztapi", description = "Also assess the inventory"
            + " under this peer's conventions and show, per convention or data choice of the peer, the lines it changes"
            + " and their climate change both ways (text, html, md and json; needs the lines in memory).")
    String whyDiffers;

    @Option(names = "--drivers", paramLabel = "N", defaultValue = "5", description = "With --uncertainty: how many"
            + " main drivers to show per indicator (default: ${DEFAULT-VALUE}).")
    int drivers;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = Outputs.format(format, spec.commandLine().getParseResult().hasMatchedOption("--format"), output,
                List.of("text", "html", "md", "csv", "csv-fr", "json", "xlsx"));
        if (fmt.equals("xlsx") && output == null) {
            throw new Main.UsageException("--format xlsx writes a binary workbook: give -o FILE.xlsx");
        }
        Locale locale = Outputs.locale(lang);
        String annexMode = annex.trim().toLowerCase(Locale.ROOT);
        if (!List.of("inline", "file", "none").contains(annexMode)) {
            throw new Main.UsageException("--annex must be inline, file or none, was '" + annex + "'");
        }
        Path annexFile = annexMode.equals("file") ? annexFile(output, fmt, locale) : null;
        if (title != null && title.isBlank()) {
            throw new Main.UsageException("--title must not be blank");
        }
        Outputs.refuseOverwritingInput(output, "-o", input, factors.overlay, inputOptions.mapping);
        Outputs.refuseOverwritingInput(linesOutput, "--lines", input, factors.overlay, inputOptions.mapping);
        if (output != null && output.equals(linesOutput)) {
            throw new Main.UsageException("-o and --lines name the same file " + output);
        }
        MonteCarlo mc = null;
        if (uncertainty != null) {
            if (stream) {
                throw new Main.UsageException("--uncertainty needs the whole inventory in memory; it cannot be used"
                        + " with --stream");
            }
            if (drivers < 0) {
                throw new Main.UsageException("--drivers must be >= 0, was " + drivers);
            }
            mc = monteCarlo.build(uncertainty, "--uncertainty");
        } else {
            for (String o : new String[] {"--seed", "--percentiles", "--drivers"}) {
                if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                    throw new Main.UsageException(o + " only applies with --uncertainty N");
                }
            }
        }
        Catalog catalog = factors.catalog();
        assessment.lotInput = java.nio.file.Files.isDirectory(input);
        Assessor assessor = assessment.assessor(catalog);
        if (assessment.lotInput) { // a NumEcoEval / G4IT lot
            for (String o : new String[] {"--why-differs", "--uncertainty", "--lines", "--stream", "--annex"}) {
                if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                    throw new Main.UsageException(o + " does not apply to a NumEcoEval lot directory (its comparison"
                            + " with impact's conventions is always shown)");
                }
            }
            Locale lotLocale = fmt.equals("html") || fmt.equals("md") || fmt.equals("xlsx") ? locale : Locale.ROOT;
            return NumEcoEvalLot.assess(new NumEcoEvalLot.Run(input, lotOptions, assessment.numEcoEval(), catalog,
                    assessor, inputOptions.mapping, fmt, output, lotLocale, title, quiet, skipInvalid), out, err);
        }

        StreamingAssessor.Result result;
        Progress progress = Progress.wanted(quiet) ? new Progress(err, input.getFileName().toString()) : null;
        try (InventoryReader reader = InventoryFiles.open(input, inputOptions.readOptions());
             LineCsv lines = linesOutput == null ? null : new LineCsv(new AtomicOutput(linesOutput))) {
            StreamingAssessor s = StreamingAssessor.of(assessor).keepLinesUpTo(stream ? 0 : REPORT_LIMIT);
            if (lines != null) {
                s = s.lineSink(lines);
            }
            if (progress != null) {
                s = s.progress(progress);
            }
            try {
                result = s.run(reader);
            } finally {
                if (progress != null) {
                    progress.done();
                }
            }
            StreamSummary summary = result.summary();
            if (!quiet) {
                summary.notices().forEach(n -> err.println("note: " + n));
            }
            if (summary.hasProblems()) {
                Outputs.printProblems(err, summary, skipInvalid ? 20 : Integer.MAX_VALUE);
                if (!skipInvalid) {
                    err.println("impact: " + summary.linesInvalid() + " of " + summary.linesRead() + " lines are"
                            + " invalid; nothing was written. Fix them (impact validate " + input + "), or pass"
                            + " --skip-invalid to assess the " + summary.linesAssessed() + " valid lines.");
                    err.flush();
                    return Main.INVALID_INPUT;
                }
                err.println("impact: skipped " + summary.linesInvalid() + " invalid lines of " + summary.linesRead()
                        + " (--skip-invalid); reasons:");
                for (Map.Entry<String, Long> r : summary.reasons().entrySet()) {
                    err.println(String.format(Locale.ROOT, "  %8d × %s", r.getValue(), r.getKey()));
                }
            }
            if (summary.linesAssessed() == 0) {
                err.println("impact: " + input + " has no line to assess");
                err.flush();
                return Main.INVALID_INPUT;
            }
            if (lines != null) {
                lines.commit();
            }
        }
        StreamSummary summary = result.summary();
        if (whyDiffers != null && result.assessment().isEmpty()) {
            err.println("impact: --why-differs needs the whole inventory in memory: at most " + REPORT_LIMIT
                    + " valid lines (and no --stream), " + input + " has " + summary.linesAssessed());
            err.flush();
            return Main.USAGE;
        }
        if (mc != null && result.assessment().isEmpty()) {
            err.println("impact: --uncertainty needs the whole inventory in memory: at most " + REPORT_LIMIT
                    + " valid lines, " + input + " has " + summary.linesAssessed());
            err.flush();
            return Main.USAGE;
        }
        Locale reportLocale = fmt.equals("html") || fmt.equals("md") || fmt.equals("xlsx") ? locale : Locale.ROOT;
        if (result.assessment().isPresent()) {
            // the run's own assessment: each line was read and assessed once, above
            Assessment a = result.assessment().get();
            // Monte Carlo draws around the same central values; it evaluates the kept lines with a trace to get the
            // terms it varies (its central assessment equals this one, which Report.withUncertainty checks)
            UncertainAssessment u = mc == null ? null
                    : assessor.uncertainty(mc).assessWithUncertainty(result.inventory().orElseThrow());
            ConventionDifference difference = whyDiffers == null ? null
                    : assessor.differenceFrom(result.inventory().orElseThrow(), peer(whyDiffers));
            if (fmt.equals("text")) {
                Outputs.emit(out, output, a.toString() + skippedNote(summary)
                        + (u == null ? "" : UncertaintyOutput.text(u, drivers))
                        + (difference == null ? "" : String.format(Locale.ROOT, "%nWhy impact's default differs from"
                        + " %s: %s%n", whyDiffers, difference)));
            } else {
                // the report shows the uncertainty (ranges, drivers, method) in every format but CSV
                Report report = u == null ? Report.of(a, catalog) : Report.of(a, catalog).withUncertainty(u);
                if (difference != null) {
                    report = report.withConventionDifference(difference);
                }
                if (title != null) {
                    report = report.withTitle(title);
                }
                if (u != null && fmt.equals("csv")) { // even with --quiet: asked-for output is missing
                    err.println("note: the CSV format has one row per line, indicator and phase at central values;"
                            + " the uncertainty (--uncertainty) is in the text, json, md and html formats");
                }
                if (fmt.equals("xlsx")) {
                    report.write(Format.XLSX, reportLocale, output);
                } else if (annexMode.equals("inline")) {
                    write(out, report, Format.of(fmt), reportLocale);
                } else {
                    write(out, report.withSections(Sections.SUMMARY), Format.of(fmt), reportLocale);
                    if (annexFile != null) {
                        Report annexReport = report.withSections(Sections.ANNEX);
                        Outputs.emit(out, annexFile, w -> annexReport.render(Format.of(fmt), reportLocale, w));
                        if (!quiet) {
                            err.println("written: " + annexFile);
                        }
                    }
                }
            }
        } else if (fmt.equals("text")) {
            Outputs.emit(out, output, summary.toString());
        } else if (fmt.equals("xlsx") || fmt.equals("csv-fr")) {
            err.println("impact: --format " + fmt + " needs the per-line results: at most " + REPORT_LIMIT
                    + " valid lines and no --stream; " + input + " gave a report of totals (use csv or json)");
            err.flush();
            return Main.USAGE;
        } else {
            write(out, TotalsReport.of(summary.totals()).withReading(reading(summary)), Format.of(fmt),
                    reportLocale);
        }
        if (output != null && !quiet) {
            err.println("written: " + output);
        }
        out.flush();
        err.flush();
        return Main.OK;
    }

    /** FILE-annexe.EXT (French) or FILE-annex.EXT beside -o FILE, for --annex file (html and md only). */
    private static Path annexFile(Path output, String fmt, Locale locale) {
        if (!fmt.equals("html") && !fmt.equals("md")) {
            throw new Main.UsageException("--annex file applies to the html and md reports, not " + fmt
                    + " (csv and json always hold everything)");
        }
        if (output == null) {
            throw new Main.UsageException("--annex file needs -o FILE: the annex is written beside it");
        }
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String suffix = "fr".equals(locale.getLanguage()) ? "-annexe" : "-annex";
        return output.resolveSibling(stem + suffix + (dot < 0 ? "" : name.substring(dot)));
    }

    private void write(PrintWriter out, ReportDocument report, Format f, Locale l) {
        Outputs.emit(out, output, w -> report.render(f, l, w));
    }

    /** How the file was read, for the report of totals. */
    static TotalsReport.Reading reading(StreamSummary s) {
        List<TotalsReport.Problem> problems = new ArrayList<>();
        for (Problem p : s.problems()) {
            problems.add(new TotalsReport.Problem(p.file(), p.line(), p.column(), p.reason()));
        }
        return new TotalsReport.Reading(s.linesRead(), s.linesInvalid(), s.problemCount(), s.reasons(), problems,
                s.notices());
    }

    private static String skippedNote(StreamSummary s) {
        return s.linesInvalid() == 0 ? "" : "\nSkipped " + s.linesInvalid() + " invalid lines (--skip-invalid).\n";
    }

    static String describe(Problem p) {
        return p.toString();
    }

    /** The peer of --why-differs (not impact itself). */
    private static Convention peer(String name) {
        Convention c;
        try {
            c = Convention.of(name);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--why-differs: " + e.getMessage());
        }
        if (c == Convention.IMPACT) {
            throw new Main.UsageException("--why-differs must name a peer (co2js, ccf, boaviztapi), was '" + name + "'");
        }
        if (c == Convention.NUMECOEVAL) {
            throw new Main.UsageException("--why-differs numecoeval: assess the NumEcoEval lot directory instead"
                    + " (impact assess DIR), which always says where and why the two conventions differ");
        }
        return c;
    }
}
