package dev.impact.cli;

import dev.impact.Assessor;
import dev.impact.io.InventoryFiles;
import dev.impact.io.InventoryReader;
import dev.impact.io.StreamingAssessor;
import dev.impact.io.StreamSummary;
import dev.impact.engine.AssessmentOptions;
import dev.impact.factors.Catalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code impact validate}: lists every problem of an inventory file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks an inventory file and lists every problem (file:line: column: reason), not just the"
                + " first: syntax, values, and what the engine would refuse (unknown category or zone, no factor for"
                + " the year, flow or amortised accounting without purchase years with --require-purchase-years)"
                + " for the given --year, --accounting, --zone and --factors.",
                "Exit code 0 when the file is valid, 1 when it has problems."},
        footerHeading = "%nExamples:%n",
        footer = {"  impact validate examples/local-authority.csv",
                "  impact validate examples/glpi/glpi-export.csv --mapping examples/glpi/glpi-mapping.csv",
                "  impact validate fleet.csv --accounting flow --year 2024"})
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INVENTORY", description = "The inventory file (.csv, .json, GLPI export).")
    Path input;

    @CommandLine.Mixin
    CommonOptions.Assessment assessment = new CommonOptions.Assessment();

    @CommandLine.Mixin
    CommonOptions.FactorsOption factors = new CommonOptions.FactorsOption();

    @CommandLine.Mixin
    CommonOptions.Input inputOptions = new CommonOptions.Input();

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "No progress bar, no notices.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog = factors.catalog();
        assessment.lotInput = java.nio.file.Files.isDirectory(input);
        Assessor assessor = assessment.assessor(catalog);
        AssessmentOptions options = assessor.options();
        if (java.nio.file.Files.isDirectory(input)) { // a NumEcoEval / G4IT lot
            return NumEcoEvalLot.validate(input, inputOptions.mapping, catalog, assessor, quiet, out, err);
        }
        StreamSummary s;
        Progress progress = Progress.wanted(quiet) ? new Progress(err, input.getFileName().toString()) : null;
        try (InventoryReader reader = InventoryFiles.open(input, inputOptions.readOptions())) {
            StreamingAssessor a = StreamingAssessor.of(assessor).maxProblems(0)
                    .problemSink(p -> {
                        if (progress != null) {
                            progress.done();
                        }
                        out.println(p);
                    });
            if (progress != null) {
                a = a.progress(progress);
            }
            s = a.run(reader).summary();
            if (progress != null) {
                progress.done();
            }
        }
        if (!quiet) {
            s.notices().forEach(n -> err.println("note: " + n));
        }
        if (s.hasProblems()) {
            out.println(String.format(Locale.ROOT, "%s: %d problems in %d of %d lines; by reason:", input,
                    s.problemCount(), s.linesInvalid(), s.linesRead()));
            for (Map.Entry<String, Long> r : s.reasons().entrySet()) {
                out.println(String.format(Locale.ROOT, "  %8d × %s", r.getValue(), r.getKey()));
            }
            out.flush();
            return Main.INVALID_INPUT;
        }
        if (s.linesRead() == 0) {
            out.println(input + ": no inventory line (only a header?)");
            out.flush();
            return Main.INVALID_INPUT;
        }
        out.println(String.format(Locale.ROOT, "%s: %d lines, all valid (reporting year %d, %s accounting, zone %s)",
                input, s.linesRead(), options.reportingYear(),
                options.accounting().name().toLowerCase(Locale.ROOT), options.defaultZone()));
        out.flush();
        return Main.OK;
    }
}
