package dev.impact.cli;

import dev.impact.Assessor;
import dev.impact.compare.BidNotice;
import dev.impact.internal.Suggestions;
import dev.impact.compare.Award;
import dev.impact.compare.Comparison;
import dev.impact.compare.Tender;
import dev.impact.io.Bid;
import dev.impact.io.BidFiles;
import dev.impact.io.InvalidFileException;
import dev.impact.compare.FunctionalUnit;
import dev.impact.compare.Offer;
import dev.impact.engine.Accounting;
import dev.impact.engine.AssessmentOptions;
import dev.impact.factors.Catalog;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Numbers;
import dev.impact.uncertainty.MonteCarlo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact compare}: procurement offers compared per functional unit under the same Monte Carlo draws. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares offers (one inventory file each: what would be bought and used) per functional"
                + " unit, with uncertainty: every offer is simulated with the same draws, so the factors they share"
                + " (a laptop's manufacture, the grid) cancel out and only what differs remains uncertain.",
                "Prints, per indicator, each offer's central value, mean and percentiles per unit, the ranking (lowest"
                        + " mean first), the probability that each offer is the lowest, and P(row < column) for each"
                        + " pair. An offer is FILE (named after the file, without extension) or NAME=FILE.",
                "An offer may also be a supplier's bid file (JSON with bidder and items, see impact-io's"
                        + " bid.schema.json): its items name models and prices; its functional unit is the bid's.",
                "Every file is validated first; invalid ones are refused (exit 1, every problem listed)."},
        footerHeading = "%nExamples:%n",
        footer = {"  impact compare examples/offers/*.csv examples/offers/*.json --per device-year --year 2025",
                "  impact compare examples/consultation/bid-*.json --tender examples/consultation/tender.json --year 2026"
                        + " --lang fr -o annexe.html",
                "  impact compare new=offer-a.csv refurb=offer-b.json --per seat --users 300 --draws 20000",
                "  impact compare a.csv b.csv --per user-year --users a=1 --users b=2 --format json -o cmp.json",
                "%nFunctional units: device-year (devices × years, yearly accounting), user-year (× --users, users"
                        + " per device; 1 by default), seat (--users seats per offer, any accounting)."})
final class CompareCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "OFFER", description = "An offer's inventory file (.csv, .json, GLPI"
            + " export), or NAME=FILE; at least two.")
    List<String> offerArgs;

    @Option(names = "--per", paramLabel = "device-year|user-year|seat",
            description = "The functional unit each offer's footprint is divided by; required unless every offer is"
                    + " a bid file (bids state theirs).")
    String per;

    @Option(names = "--tender", paramLabel = "FILE", description = "The consultation's award rules (criteria,"
            + " weights, scoring formulas, electricity prices per zone and year; JSON, see impact-io's"
            + " tender.schema.json): scores the offers, with their cost of ownership and P(ranking holds); with"
            + " --format html or json, writes the tender annex.")
    Path tender;

    @Option(names = "--users", paramLabel = "N|NAME=N", description = "user-year: users per device (default 1);"
            + " seat: the number of seats (required). N for every offer, NAME=N for one; repeatable.")
    List<String> users = new ArrayList<>();

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

    /** An offer as given on the command line. */
    record OfferArg(String name, Path file) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = outputOptions.format();
        Locale locale = outputOptions.locale();
        Path output = outputOptions.output;
        boolean quiet = outputOptions.quiet;
        List<OfferArg> offers = offers(offerArgs);
        for (OfferArg o : offers) {
            Outputs.refuseOverwritingInput(output, "-o", o.file(), factors.overlay, inputOptions.mapping);
        }
        if (tender != null) {
            Outputs.refuseOverwritingInput(output, "-o", tender, factors.overlay, inputOptions.mapping);
        }
        // supplier bids (JSON with bidder and items) are read as bids; other files as inventories
        Map<Integer, Bid> bids = new LinkedHashMap<>();
        boolean invalid = false;
        for (int k = 0; k < offers.size(); k++) {
            Path f = offers.get(k).file();
            if (f.toString().toLowerCase(Locale.ROOT).endsWith(".json") && Files.isRegularFile(f)
                    && BidFiles.looksLikeBid(Files.readString(f, java.nio.charset.StandardCharsets.UTF_8))) {
                try {
                    bids.put(k, BidFiles.read(f));
                } catch (InvalidFileException e) {
                    e.problems().forEach(err::println);
                    invalid = true;
                }
            }
        }
        Tender rules = null;
        if (tender != null) {
            try {
                rules = BidFiles.readTender(tender);
            } catch (InvalidFileException e) {
                e.problems().forEach(err::println);
                invalid = true;
            }
        }
        if (invalid) {
            err.flush();
            return Main.INVALID_INPUT;
        }
        if (per == null && bids.size() < offers.size()) {
            throw new Main.UsageException("--per is required (device-year, user-year or seat) unless every offer is a"
                    + " bid file");
        }
        FunctionalUnit.Kind kind = per != null ? kind(per) : bids.get(0).offer().unit().kind();
        Map<String, Double> perOffer = bids.size() == offers.size() && users.isEmpty() ? Map.of()
                : users(kind, offers);
        MonteCarlo mc = monteCarlo.build();
        Catalog catalog = factors.catalog();
        Assessor assessor = assessment.assessor(catalog).uncertainty(mc);
        AssessmentOptions options = assessor.options();
        if (kind != FunctionalUnit.Kind.SEAT && options.accounting() != Accounting.YEARLY) {
            throw new Main.UsageException("--per " + kind.label() + " needs --accounting yearly (each device's"
                    + " embodied impact spread over its lifetime), was "
                    + options.accounting().name().toLowerCase(Locale.ROOT) + "; use --per seat with other accountings");
        }
        List<Path> inventoryFiles = new ArrayList<>();
        for (int k = 0; k < offers.size(); k++) {
            if (!bids.containsKey(k)) {
                inventoryFiles.add(offers.get(k).file());
            }
        }
        Optional<List<Inventory>> read = Inventories.readAll(inventoryFiles, assessor, inputOptions.readOptions(),
                err, quiet);
        if (read.isEmpty()) {
            return Main.INVALID_INPUT;
        }
        List<Offer> list = new ArrayList<>();
        List<BidNotice> notes = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < offers.size(); k++) {
            String name = offers.get(k).name();
            Bid bid = bids.get(k);
            if (bid != null) {
                // a bid keeps its own name unless NAME=FILE gave one, and its functional unit unless --per did
                String given = offerArgs.get(k);
                boolean named = given.indexOf('=') >= 0 && !Files.exists(Path.of(given));
                Offer o = bid.offer();
                if (per != null && o.unit().kind() != kind) {
                    throw new Main.UsageException("bid " + bid.file() + " states its functional unit " + o.unit()
                            + ", but --per is " + kind.label());
                }
                list.add(new Offer(named ? name : o.name(), o.inventory(), o.unit(), o.costs()));
                notes.addAll(bid.notices());
                if (!quiet) {
                    bid.notices().forEach(n -> err.println("note: " + n));
                }
                continue;
            }
            FunctionalUnit unit = kind == FunctionalUnit.Kind.DEVICE_YEAR ? FunctionalUnit.perDeviceYear()
                    : kind == FunctionalUnit.Kind.USER_YEAR ? FunctionalUnit.perUserYear(perOffer.get(name))
                    : FunctionalUnit.perSeat(perOffer.get(name));
            list.add(Offer.of(name, read.get().get(next++), unit));
        }
        Comparison c = assessor.compare(list);
        Award award = rules == null ? null : c.award(rules);
        // one JSON form: the report module's, with its schema (comparison.schema.json)
        dev.impact.report.ComparisonReport report = dev.impact.report.ComparisonReport.of(c);
        if (award != null) {
            report = report.withAward(award, catalog).withNotes(notes);
        }
        String text = fmt.equals("text") ? text(c, offers, options) + (award == null ? "" : "\n" + award)
                : report.render(dev.impact.report.Format.of(fmt), fmt.equals("json") ? Locale.ROOT : locale);
        Outputs.emit(out, output, text);
        if (output != null && !quiet) {
            err.println("written: " + output);
        }
        out.flush();
        err.flush();
        return Main.OK;
    }

    static FunctionalUnit.Kind kind(String per) {
        for (FunctionalUnit.Kind k : FunctionalUnit.Kind.values()) {
            if (k.label().equalsIgnoreCase(per.trim())) {
                return k;
            }
        }
        throw new Main.UsageException("--per must be device-year, user-year or seat, was '" + per + "'"
                + Suggestions.didYouMean(per.trim(), List.of("device-year", "user-year", "seat")));
    }

    /** FILE or NAME=FILE; a whole argument naming an existing file is a file even if it holds '='. */
    static List<OfferArg> offers(List<String> args) {
        List<OfferArg> out = new ArrayList<>();
        Map<String, Path> seen = new LinkedHashMap<>();
        for (String a : args) {
            String name;
            Path file;
            int eq = a.indexOf('=');
            if (eq >= 0 && !Files.exists(Path.of(a))) {
                name = a.substring(0, eq).trim();
                file = Path.of(a.substring(eq + 1));
                if (name.isEmpty()) {
                    throw new Main.UsageException("offer '" + a + "': the name before '=' is empty; give NAME=FILE");
                }
            } else {
                file = Path.of(a);
                String base = file.getFileName() == null ? a : file.getFileName().toString();
                name = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : base;
            }
            Path before = seen.put(name, file);
            if (before != null) {
                throw new Main.UsageException("offer name '" + name + "' is given twice (" + before + " and " + file
                        + "); name them apart with NAME=FILE");
            }
            out.add(new OfferArg(name, file));
        }
        return out;
    }

    /** Users per device (user-year) or seats (seat) per offer name; empty for device-year. */
    Map<String, Double> users(FunctionalUnit.Kind kind, List<OfferArg> offers) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (users.isEmpty() && kind == FunctionalUnit.Kind.DEVICE_YEAR) {
            return out;
        }
        if (kind == FunctionalUnit.Kind.DEVICE_YEAR) {
            throw new Main.UsageException("--users applies to --per user-year or seat, not device-year");
        }
        List<String> names = offers.stream().map(OfferArg::name).toList();
        Double all = null;
        Map<String, Double> named = new LinkedHashMap<>();
        for (String u : users) {
            int eq = u.lastIndexOf('=');
            String value = eq < 0 ? u : u.substring(eq + 1);
            double v = positive(value, u);
            if (eq < 0) {
                if (all != null) {
                    throw new Main.UsageException("--users N for every offer is given twice (" + Numbers.format(all)
                            + " and " + value + ")");
                }
                all = v;
            } else {
                String name = u.substring(0, eq).trim();
                if (!names.contains(name)) {
                    throw new Main.UsageException("--users " + u + ": no offer is named '" + name + "'"
                            + Suggestions.didYouMean(name, names) + "; offers: " + String.join(", ", names));
                }
                if (named.put(name, v) != null) {
                    throw new Main.UsageException("--users: offer '" + name + "' is given twice");
                }
            }
        }
        for (String n : names) {
            Double v = named.containsKey(n) ? named.get(n) : all;
            if (v == null) {
                if (kind == FunctionalUnit.Kind.SEAT) {
                    throw new Main.UsageException("--per seat needs the number of seats of offer '" + n + "': --users "
                            + n + "=N, or --users N for every offer");
                }
                v = 1.0; // user-year: personal devices
            }
            out.put(n, v);
        }
        return out;
    }

    private static double positive(String value, String arg) {
        double v;
        try {
            v = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new Main.UsageException("--users must be a number > 0 (N or NAME=N), was '" + arg + "'");
        }
        return v;
    }

    static String text(Comparison c, List<OfferArg> args, AssessmentOptions options) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Offers (reporting year %d, %s accounting, zone %s):%n",
                options.reportingYear(), options.accounting().name().toLowerCase(Locale.ROOT),
                options.defaultZone()));
        int width = c.offers().stream().mapToInt(o -> o.name().length()).max().orElse(1);
        for (int k = 0; k < args.size(); k++) {
            Offer o = c.offers().get(k);
            int n = o.inventory().lines().size();
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %s: %d %s, %s, %s functional units%n",
                    o.name(), args.get(k).file(), n, n == 1 ? "line" : "lines", o.unit(),
                    Numbers.format(o.unit().amount(o.inventory(), options))));
        }
        return sb.append('\n').append(c).toString();
    }
}
