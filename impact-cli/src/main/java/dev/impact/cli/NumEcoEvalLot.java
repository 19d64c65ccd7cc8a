package dev.impact.cli;

import dev.impact.Assessor;
import dev.impact.engine.Assessment;
import dev.impact.factors.Catalog;
import dev.impact.io.Problem;
import dev.impact.io.TypeMapping;
import dev.impact.io.numecoeval.Differences;
import dev.impact.io.numecoeval.Indicators;
import dev.impact.io.numecoeval.Lot;
import dev.impact.io.numecoeval.NumEcoEval;
import dev.impact.io.numecoeval.Referentiel;
import dev.impact.io.numecoeval.UnitIndicator;
import dev.impact.report.Format;
import dev.impact.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code impact assess DIR}: a directory is a NumEcoEval (or G4IT) lot. Under {@code --convention numecoeval} it is
 * assessed with NumEcoEval's rules over its référentiel (the lot's {@code referentiel/} sub-directory, with a private
 * {@code --referentiel} on top), printed as NumEcoEval's indicators and compared with impact's own conventions;
 * under impact's conventions its physical equipment is an ordinary inventory, reported as usual, followed by the same
 * comparison when a référentiel is at hand.
 */
final class NumEcoEvalLot {
    /** The options that only apply to a lot. */
    static final class Options {
        @Option(names = "--referentiel", paramLabel = "DIR", description = "NumEcoEval lots: a private référentiel"
                + " (your licensed factor CSVs, NegaOctet-based say) put over the lot's own referentiel/ folder:"
                + " computed with, never printed (reports say \"licensed factor, source X\").")
        Path referentiel;

        @Option(names = "--tables", paramLabel = "DIR", description = "NumEcoEval lots: also write NumEcoEval's"
                + " indicator tables (ind_indicateur_impact_*.csv) into DIR.")
        Path tables;

        @Option(names = "--lifetime-method", paramLabel = "reel|fixe", defaultValue = "reel", description =
                "NumEcoEval lots: reel (default) takes the lifetime from dateAchat to dateRetrait (or 31 December of"
                        + " --year), fixe the declared dureeUsageInterne; each falls back on the other.")
        String lifetimeMethod;
    }

    private NumEcoEvalLot() {
    }

    /** The settings of one run (the assess command's options, already checked). */
    record Run(Path dir, Options options, boolean numEcoEvalConvention, Catalog catalog, Assessor impactAssessor,
               Path mapping, String format, Path output, Locale locale, String title, boolean quiet,
               boolean skipInvalid) {
    }

    static int assess(Run run, PrintWriter out, PrintWriter err) throws IOException {
        Options o = run.options();
        NumEcoEval.LifetimeMethod method;
        try {
            method = NumEcoEval.LifetimeMethod.valueOf(o.lifetimeMethod.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--lifetime-method must be reel or fixe, was '" + o.lifetimeMethod + "'");
        }
        if (o.referentiel != null && !Files.exists(o.referentiel)) {
            throw new Main.UsageException("--referentiel: no such directory " + o.referentiel);
        }
        if (run.numEcoEvalConvention() && !run.format().equals("text")) {
            throw new Main.UsageException("--convention numecoeval prints NumEcoEval's indicators as text; give"
                    + " --tables DIR for its indicator tables (CSV), or assess the lot under impact's conventions for"
                    + " the " + run.format() + " report");
        }
        TypeMapping mapping = run.mapping() == null ? TypeMapping.numEcoEval()
                : TypeMapping.numEcoEval().withUserRules(run.mapping());
        Lot lot = Lot.read(run.dir(), mapping);
        if (!run.quiet()) {
            lot.notices().forEach(n -> err.println("note: " + n));
        }
        List<Problem> problems = new ArrayList<>(lot.problems());
        Lot.AsInventory asInventory = lot.toInventory(run.catalog());
        problems.addAll(asInventory.problems());
        if (!problems.isEmpty()) {
            int n = 0;
            for (Problem p : problems) {
                if (!run.skipInvalid() || n++ < 20) {
                    err.println(AssessCommand.describe(p));
                }
            }
            if (!run.skipInvalid()) {
                err.println("impact: " + problems.size() + " rows of the lot " + run.dir() + " cannot be used; nothing"
                        + " was written. Fix them, or pass --skip-invalid to assess the other rows.");
                err.flush();
                return Main.INVALID_INPUT;
            }
            err.println("impact: skipped " + problems.size() + " rows of the lot (--skip-invalid)");
        }
        Optional<Referentiel> ref = referentiel(lot, o);
        int year = run.impactAssessor().options().reportingYear();
        Optional<NumEcoEval> ne = ref.map(r -> NumEcoEval.convention(r).calculationDate(LocalDate.of(year, 12, 31))
                .lifetimeMethod(method));
        if (run.numEcoEvalConvention() && ne.isEmpty()) {
            throw new Main.UsageException("--convention numecoeval needs a référentiel: a referentiel/ folder in the"
                    + " lot " + run.dir() + " or --referentiel DIR");
        }
        if (!run.quiet()) {
            ref.ifPresent(r -> r.notices().forEach(n -> err.println("note: " + n)));
            asInventory.notices().forEach(n -> err.println("note: " + n));
        }
        Optional<Indicators> indicators = ne.map(c -> c.assess(lot));
        if (asInventory.inventory().lines().isEmpty() && !run.numEcoEvalConvention()) {
            err.println("impact: the lot " + run.dir() + " has no physical equipment to assess");
            err.flush();
            return Main.INVALID_INPUT;
        }
        Assessment impact = run.impactAssessor().assess(asInventory.inventory());
        Optional<Differences> diff = ne.map(c -> Differences.of(c, lot, indicators.orElseThrow(), impact));
        if (o.tables != null) {
            if (indicators.isEmpty()) {
                throw new Main.UsageException("--tables needs a référentiel to compute NumEcoEval's indicators: a"
                        + " referentiel/ folder in the lot or --referentiel DIR");
            }
            indicators.get().writeTables(o.tables);
            if (!run.quiet()) {
                err.println("written: NumEcoEval indicator tables in " + o.tables);
            }
        }
        if (run.numEcoEvalConvention()) {
            Indicators ind = indicators.orElseThrow();
            StringBuilder text = new StringBuilder(ind.toString());
            List<UnitIndicator> errors = ind.errors();
            if (!errors.isEmpty()) {
                text.append("\nIndicators in error (ERREUR), first ").append(Math.min(20, errors.size())).append(":\n");
                errors.stream().limit(20).forEach(e -> text.append("  ").append(e.item()).append(' ').append(e.step())
                        .append(' ').append(e.criterion()).append(": ").append(e.trace()).append('\n'));
            }
            text.append('\n').append(diff.orElseThrow());
            Outputs.emit(out, run.output(), text.toString());
        } else if (run.format().equals("text")) {
            Outputs.emit(out, run.output(), impact + diff.map(d -> "\n" + d).orElse(""));
        } else {
            Report report = Report.of(impact, run.catalog());
            if (run.title() != null) {
                report = report.withTitle(run.title());
            }
            Format f = run.format().equals("xlsx") ? Format.XLSX : Format.of(run.format());
            if (f == Format.XLSX) {
                report.write(Format.XLSX, run.locale(), run.output());
            } else {
                Report r = report;
                Outputs.emit(out, run.output(), w -> r.render(f, run.locale(), w));
            }
            if (!run.quiet()) {
                diff.ifPresent(d -> err.print("note: " + d));
            }
        }
        if (run.output() != null && !run.quiet()) {
            err.println("written: " + run.output());
        }
        out.flush();
        err.flush();
        return Main.OK;
    }

    /**
     * {@code impact validate DIR}: every problem of the lot (rows, zones, its référentiel), and each equipment the
     * engine would refuse for the assessment's year and options; exit 1 if any.
     */
    static int validate(Path dir, Path mappingFile, Catalog catalog, Assessor assessor, boolean quiet,
                        PrintWriter out, PrintWriter err) {
        TypeMapping mapping = mappingFile == null ? TypeMapping.numEcoEval()
                : TypeMapping.numEcoEval().withUserRules(mappingFile);
        Lot lot = Lot.read(dir, mapping);
        lot.referentielDirectory().ifPresent(Referentiel::read); // its problems throw, listed by Main
        Lot.AsInventory inv = lot.toInventory(catalog);
        List<Problem> problems = new ArrayList<>(lot.problems());
        problems.addAll(inv.problems());
        java.util.Map<String, Lot.PhysicalEquipment> byName = new java.util.HashMap<>();
        lot.physicalEquipment().forEach(p -> byName.put(p.name(), p));
        for (dev.impact.inventory.InventoryLine l : inv.inventory().lines()) {
            try {
                assessor.assess(dev.impact.inventory.Inventory.of(lot.name(), l));
            } catch (IllegalArgumentException e) {
                Lot.PhysicalEquipment pe = byName.get(l.label());
                problems.add(new Problem(pe.origin().file(), pe.origin().line(), "", e.getMessage()));
            }
        }
        if (!quiet) {
            lot.notices().forEach(n -> err.println("note: " + n));
            inv.notices().forEach(n -> err.println("note: " + n));
        }
        problems.forEach(p -> out.println(AssessCommand.describe(p)));
        if (!problems.isEmpty()) {
            out.println(dir + ": " + problems.size() + " problems in the lot");
            out.flush();
            return Main.INVALID_INPUT;
        }
        out.println(String.format(Locale.ROOT, "%s: NumEcoEval lot, all valid: %d physical and %d virtual equipment,"
                        + " %d applications, %d data centres, %d e-mail rows, %d entities", dir,
                lot.physicalEquipment().size(), lot.virtualEquipment().size(), lot.applications().size(),
                lot.dataCentres().size(), lot.emails().size(), lot.entities().size()));
        out.flush();
        return Main.OK;
    }

    private static Optional<Referentiel> referentiel(Lot lot, Options o) {
        Optional<Referentiel> own = lot.referentielDirectory().map(Referentiel::read);
        if (o.referentiel == null) {
            return own;
        }
        Referentiel priv = Referentiel.readPrivate(o.referentiel);
        return Optional.of(own.map(r -> r.overlaidBy(priv)).orElse(priv));
    }
}
