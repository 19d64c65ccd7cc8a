/**
 * NumEcoEval / G4IT, the French State's digital-footprint calculator: its lots in ({@link
 * dev.impact.io.numecoeval.Lot}), its référentiels as public data or a private licensed overlay ({@link
 * dev.impact.io.numecoeval.Referentiel}), its calculation convention ({@link dev.impact.io.numecoeval.NumEcoEval}),
 * its indicator tables out ({@link dev.impact.io.numecoeval.Indicators#writeTables}), and where its numbers differ
 * from impact's own conventions, and why ({@link dev.impact.io.numecoeval.Differences}). Rules and layouts come from
 * NumEcoEval's published API description, methodology and traces; the code is our own.
 *
 * <pre>{@code
 * Lot lot = Lot.read(Path.of("examples/numecoeval"));            // problems: lot.problems(), file:line:column
 * Referentiel ref = Referentiel.read(Path.of("examples/numecoeval/referentiel"))
 *         .overlaidBy(Referentiel.readPrivate(Path.of("/secure/negaoctet")));   // licensed: never printed
 * NumEcoEval ne = NumEcoEval.convention(ref).calculationDate(LocalDate.of(2024, 12, 31));
 * Indicators ind = ne.assess(lot);
 * ind.writeTables(Path.of("out"));                                // ind_indicateur_impact_*.csv
 * Assessment own = Impact.using(Factors.builtIn()).reportingYear(2024).assess(lot.toInventory(catalog).inventory());
 * System.out.println(Differences.of(ne, lot, ind, own));
 * }</pre>
 *
 * <p>Null policy: no method accepts or returns null; absent numbers of a lot row are {@code NaN}, absent dates and
 * tiers {@code Optional.empty()}, absent text the empty string.
 */
package dev.impact.io.numecoeval;
