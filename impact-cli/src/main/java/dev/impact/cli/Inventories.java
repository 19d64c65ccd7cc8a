package dev.impact.cli;

import dev.impact.Assessor;
import dev.impact.io.InvalidFileException;
import dev.impact.io.InventoryFiles;
import dev.impact.io.InventoryReader;
import dev.impact.io.Problem;
import dev.impact.io.ReadOptions;
import dev.impact.io.StreamingAssessor;
import dev.impact.io.StreamSummary;
import dev.impact.inventory.Inventory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads inventory files whole for the commands that need them in memory (compare, scenario), validated as
 * {@code assess} does: every line read, checked and assessed once, so that what the engine would refuse for this year,
 * accounting and zone is found before anything is simulated. All files are checked before any is refused, so one
 * run lists every problem of every file.
 */
final class Inventories {
    private Inventories() {
    }

    /**
     * The inventories in the order of {@code files}, or empty after listing on {@code err} every problem of every
     * invalid file (the caller then exits with {@link Main#INVALID_INPUT}).
     */
    static Optional<List<Inventory>> readAll(List<Path> files, Assessor assessor, ReadOptions readOptions,
                                             PrintWriter err, boolean quiet) {
        List<Inventory> out = new ArrayList<>();
        boolean ok = true;
        for (Path file : files) {
            Optional<Inventory> inv = read(file, assessor, readOptions, err, quiet);
            ok &= inv.isPresent();
            inv.ifPresent(out::add);
        }
        err.flush();
        return ok ? Optional.of(out) : Optional.empty();
    }

    private static Optional<Inventory> read(Path file, Assessor assessor, ReadOptions readOptions, PrintWriter err,
                                            boolean quiet) {
        StreamingAssessor.Result result;
        try (InventoryReader reader = InventoryFiles.open(file, readOptions)) {
            // problems kept in full up to the assessor's default (all are counted): memory stays bounded by it, not by
            // the file; `impact validate` lists them all, streamed
            result = StreamingAssessor.of(assessor).keepLinesUpTo(AssessCommand.REPORT_LIMIT).run(reader);
        } catch (InvalidFileException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
        StreamSummary s = result.summary();
        if (!quiet) {
            s.notices().forEach(n -> err.println("note: " + n));
        }
        if (s.hasProblems()) {
            Outputs.printProblems(err, s, Integer.MAX_VALUE);
            err.println("impact: " + s.linesInvalid() + " of " + s.linesRead() + " lines of " + file + " are invalid;"
                    + " nothing was written (impact validate " + file + " lists them)");
            return Optional.empty();
        }
        if (s.linesAssessed() == 0) {
            err.println("impact: " + file + " has no line to assess");
            return Optional.empty();
        }
        if (result.inventory().isEmpty()) {
            err.println("impact: " + file + " has " + s.linesAssessed() + " lines; simulations hold the inventory in"
                    + " memory, at most " + AssessCommand.REPORT_LIMIT + " lines");
            return Optional.empty();
        }
        return result.inventory();
    }
}
