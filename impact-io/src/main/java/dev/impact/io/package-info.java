/**
 * Files in and out of impact: inventory files (the impact CSV and JSON layouts, GLPI exports through a mapping),
 * scenario files, and the streaming assessment of inventories too large to hold in memory. Every problem is reported
 * as data ({@link dev.impact.io.Problem}: file, line, column or JSON path, message), never as a bare exception.
 *
 * <pre>{@code
 * Inventory fleet = InventoryFiles.read(Path.of("fleet.csv"));                  // small files: all lines, or a
 *                                                                              // InvalidFileException listing problems
 * Assessor assessor = Impact.using(catalog).reportingYear(2024);
 * try (InventoryReader r = InventoryFiles.open(Path.of("fleet.csv"), ReadOptions.defaults())) {
 *     StreamingAssessor.Result result = StreamingAssessor.of(assessor).keepLinesUpTo(100_000).run(r);
 *     result.assessment();          // the run's own Assessment when it had at most 100 000 valid lines
 *     result.summary().totals();    // always: the totals (any size, bounded memory), counts, problems, notices
 * }
 * }</pre>
 *
 * <p>Each line is read and assessed once: the streamed run keeps its per-line results up to the limit and builds the
 * {@code Assessment} from them ({@code Assessment.of}); above it only {@code Totals} are kept.
 *
 * <p>The public surface is the entry points ({@link dev.impact.io.InventoryFiles}, {@link dev.impact.io.ScenarioFiles},
 * {@link dev.impact.io.StreamingAssessor}), the reader and its {@link dev.impact.io.ReadOptions}, the entry (a line or
 * its problems), {@link dev.impact.io.Problem} and the one "bad data file" exception
 * {@link dev.impact.io.InvalidFileException}; for importers of other tools' files, {@link dev.impact.io.TypeMapping}
 * (an editable type → category table, shared by the GLPI and NumEcoEval importers) and
 * {@link dev.impact.io.DelimitedFile} (a small table read whole, encoding and separator sniffed). The tokenizer,
 * decoders and column table are package-private. NumEcoEval lots are in {@link dev.impact.io.numecoeval}.
 *
 * <p>Null policy: no method accepts null; {@code InventoryReader.next()} returns null at the end of the file (an
 * iterator-style pull), nothing else returns null: absent values are {@code Optional} or empty strings and lists.
 */
package dev.impact.io;
