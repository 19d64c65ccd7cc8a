package dev.impact.cli;

import dev.impact.Assessor;
import dev.impact.Impact;
import dev.impact.internal.Suggestions;
import dev.impact.io.InventoryFormat;
import dev.impact.io.ReadOptions;
import dev.impact.engine.Accounting;
import dev.impact.inventory.Convention;
import dev.impact.factors.Catalog;
import dev.impact.factors.Factors;
import dev.impact.factors.Zone;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** Options shared by the commands that read inventories. */
final class CommonOptions {
    private CommonOptions() {
    }

    /** How to read the input file. */
    static final class Input {
        @Option(names = "--input-format", paramLabel = "auto|csv|json|glpi", defaultValue = "auto",
                description = "Layout of the inventory (default: ${DEFAULT-VALUE}: .json is JSON; a CSV with a 'kind'"
                        + " column is the impact CSV, one with a GLPI 'Type' column a GLPI export).")
        InventoryFormat format;

        @Option(names = "--encoding", paramLabel = "auto|utf-8|latin-1", defaultValue = "auto",
                description = "Text encoding (default: ${DEFAULT-VALUE}: UTF-8 with or without BOM, Latin-1 when the"
                        + " start of the file is not valid UTF-8).")
        String encoding;

        @Option(names = "--mapping", paramLabel = "FILE", description = "GLPI type mapping file"
                + " (glpi_type,model_contains,kind,category[,kwh_per_year]), tried before the bundled one.")
        Path mapping;

        ReadOptions readOptions() {
            ReadOptions o = ReadOptions.defaults().format(format);
            String e = encoding.trim().toLowerCase(Locale.ROOT);
            if (!e.equals("auto")) {
                Charset cs;
                switch (e) {
                    case "utf-8": case "utf8":
                        cs = java.nio.charset.StandardCharsets.UTF_8;
                        break;
                    case "latin-1": case "latin1": case "iso-8859-1": case "windows-1252": case "cp1252":
                        cs = Charset.forName("windows-1252");
                        break;
                    default:
                        throw new Main.UsageException("--encoding must be auto, utf-8 or latin-1, was '" + encoding
                                + "'");
                }
                o = o.charset(cs);
            }
            if (mapping != null) {
                if (!Files.isRegularFile(mapping)) {
                    throw new Main.UsageException("--mapping: no such file " + mapping);
                }
                o = o.glpiMapping(mapping);
            }
            return o;
        }
    }

    /** The factors to use. */
    static final class FactorsOption {
        @Option(names = "--factors", paramLabel = "OVERLAY.csv", description = "Your own factor or parameter rows"
                + " (impact-factors DATA-FORMAT.md), added to or replacing the bundled ones.")
        Path overlay;

        Catalog catalog() {
            Catalog c = Factors.builtIn();
            if (overlay != null) {
                if (!Files.isRegularFile(overlay)) {
                    throw new Main.UsageException("--factors: no such file " + overlay);
                }
                c = c.withOverlay(overlay);
            }
            return c;
        }
    }

    /** Assessment options. */
    static final class Assessment {
        @Option(names = "--year", paramLabel = "Y", description = "Reporting year: factors are the newest not after"
                + " it (default: the current year).")
        Integer year;

        @Option(names = "--accounting", paramLabel = "yearly|amortised|lifecycle|flow", defaultValue = "yearly",
                description = "yearly (ADEME straight-line, default), amortised (straight-line from purchase_year,"
                        + " nothing once amortised), lifecycle (whole life) or flow (purchases of the year).")
        Accounting accounting;

        @Option(names = "--require-purchase-years", description = "With --accounting flow or amortised, refuse the"
                + " lines without purchase_year instead of counting them as not bought in the year (flow) or"
                + " straight-line (amortised), which a notice counts.")
        boolean requirePurchaseYears;

        @Option(names = "--zone", paramLabel = "Z", defaultValue = "FR", description = "Electricity zone of lines"
                + " that give none: a code (FR), ISO alpha-3 or name (default: ${DEFAULT-VALUE}).")
        String zone;

        @Option(names = "--convention", paramLabel = "impact|co2js|ccf|boaviztapi|numecoeval", defaultValue = "impact",
                description = "Follow this peer's conventions and data (grid source, PUE, allocation cap, rounding)"
                        + " to get the number it would give: impact (default), co2js, ccf or boaviztapi;"
                        + " numecoeval for a NumEcoEval lot directory (impact assess DIR);"
                        + " case-insensitive. PEERS.md says what each changes.")
        String convention;

        /** Set by a command whose input is a NumEcoEval lot directory: the only input --convention numecoeval takes. */
        boolean lotInput;

        /** Whether --convention is numecoeval (its rules are impact-io's, applied to a lot, not the engine's). */
        boolean numEcoEval() {
            try {
                return Convention.of(convention) == Convention.NUMECOEVAL;
            } catch (IllegalArgumentException e) {
                return false; // reported by assessor()
            }
        }

        /** The front door with these options (zone and year checked here, with the CLI's wording). */
        Assessor assessor(Catalog catalog) {
            Zone z = catalog.zone(zone).orElseThrow(() -> new Main.UsageException("--zone: unknown zone '" + zone
                    + "'" + Suggestions.didYouMean(zone, catalog.zones().stream()
                    .map(Zone::code).collect(Collectors.toList())) + " (`impact factors list electricity.` lists"
                    + " them)"));
            int y = year == null ? Year.now().getValue() : year;
            if (y < 1990 || y > 2200) {
                throw new Main.UsageException("--year must be between 1990 and 2200, was " + y);
            }
            Convention c;
            try {
                c = Convention.of(convention);
            } catch (IllegalArgumentException e) {
                throw new Main.UsageException("--" + e.getMessage());
            }
            if (c == Convention.NUMECOEVAL) {
                if (!lotInput) {
                    throw new Main.UsageException("--convention numecoeval applies to a NumEcoEval lot: give its"
                            + " directory to impact assess (impact assess DIR --convention numecoeval)");
                }
                c = Convention.IMPACT; // the lot's NumEcoEval indicators are impact-io's; the engine side is impact's
            }
            return Impact.using(catalog).reportingYear(y).accounting(accounting).zone(z.code())
                    .requirePurchaseYears(requirePurchaseYears).convention(c);
        }
    }

    /** Output options of the commands that write a decision report (compare, scenario). */
    static final class DecisionOutput {
        @Option(names = "--format", paramLabel = "text|json|html|md", defaultValue = "text",
                description = "Output format (default: the one -o's extension names, else ${DEFAULT-VALUE}); html and"
                        + " md are the report with charts and tables (impact-report).")
        String format;

        @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
                description = "Language of the html and md reports (default: ${DEFAULT-VALUE}).")
        String lang;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE (atomically)"
                + " instead of standard output.")
        Path output;

        @Option(names = {"-q", "--quiet"}, description = "No notices on standard error.")
        boolean quiet;

        @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
        picocli.CommandLine.Model.CommandSpec spec;

        /** The format, lower case, checked: --format, else the one -o's extension names, else text. */
        String format() {
            boolean given = spec != null && spec.commandLine().getParseResult().hasMatchedOption("--format");
            return Outputs.format(format, given, output, java.util.List.of("text", "json", "html", "md"));
        }

        /** The language of the reports. */
        java.util.Locale locale() {
            return Outputs.locale(lang);
        }
    }
}
