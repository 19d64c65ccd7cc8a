package dev.impact.cli;

import dev.impact.io.InventoryEntry;
import dev.impact.io.InventoryFiles;
import dev.impact.io.InventoryReader;
import dev.impact.io.InventoryFormat;
import dev.impact.inventory.InventoryLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact convert}: rewrites an inventory (CSV, JSON, GLPI export) as impact CSV or JSON. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Rewrites an inventory (impact CSV or JSON, GLPI export) in the impact CSV or JSON layout,"
                + " e.g. to review a GLPI import before assessing it. Syntax only: categories and zones are checked by"
                + " validate and assess. Reads the whole file into memory.",
                "Refuses an input with invalid lines unless --skip-invalid."},
        footerHeading = "%nExamples:%n",
        footer = {"  impact convert examples/glpi/glpi-export.csv --mapping examples/glpi/glpi-mapping.csv"
                + " -o glpi.csv", "  impact convert fleet.csv -o fleet.json",
                "  impact convert fleet.json --to csv-fr -o fleet-excel.csv"})
final class ConvertCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INVENTORY")
    Path input;

    @CommandLine.Mixin
    CommonOptions.Input inputOptions = new CommonOptions.Input();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--to", paramLabel = "csv|csv-fr|json", description = "Output layout (default: from -o's"
            + " extension, else csv). csv-fr: ';' separators and decimal commas for French spreadsheets.")
    String to;

    @Option(names = "--skip-invalid", description = "Leave invalid lines out (they are listed) instead of refusing.")
    boolean skipInvalid;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Outputs.refuseOverwritingInput(output, "-o", input, inputOptions.mapping);
        String layout = to != null ? to.toLowerCase(Locale.ROOT)
                : output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? "json" : "csv";
        if (!List.of("csv", "csv-fr", "json").contains(layout)) {
            throw new Main.UsageException("--to must be csv, csv-fr or json, was '" + to + "'");
        }
        List<InventoryLine> lines = new ArrayList<>();
        long invalid = 0;
        String name;
        try (InventoryReader r = InventoryFiles.open(input, inputOptions.readOptions())) {
            for (InventoryEntry e = r.next(); e != null; e = r.next()) {
                if (e.isValid()) {
                    lines.add(e.line().get());
                } else {
                    invalid++;
                    e.problems().forEach(err::println);
                }
            }
            name = r.name();
            r.notices().forEach(n -> err.println("note: " + n));
        }
        if (invalid > 0 && !skipInvalid) {
            err.println("impact: " + invalid + " invalid lines; nothing was written (--skip-invalid to leave them"
                    + " out)");
            err.flush();
            return Main.INVALID_INPUT;
        }
        java.io.StringWriter sw = new java.io.StringWriter();
        if (layout.equals("csv-fr")) {
            InventoryFiles.writeSpreadsheetCsv(lines, sw);
        } else {
            InventoryFiles.write(name, lines, layout.equals("json") ? InventoryFormat.JSON : InventoryFormat.CSV, sw);
        }
        Outputs.emit(out, output, sw.toString());
        if (invalid > 0) {
            err.println("impact: left out " + invalid + " invalid lines (--skip-invalid)");
        }
        err.flush();
        return Main.OK;
    }

}
