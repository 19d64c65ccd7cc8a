package dev.impact.cli;

import dev.impact.io.Problem;
import dev.impact.io.StreamSummary;
import dev.impact.report.AtomicOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Output helpers shared by the commands. */
final class Outputs {
    private Outputs() {
    }

    /**
     * The output format: {@code --format} when given, else the one {@code -o}'s extension names (.html, .htm, .md,
     * .csv, .json, .txt, and the extra ones the command allows), else text. A file whose extension names another
     * format than {@code --format}, or names none that the command writes, is refused with a hint, so that
     * {@code -o rapport.html} never holds plain text.
     *
     * @param given   whether {@code --format} was on the command line
     * @param allowed the command's formats, lower case ({@code md} stands for Markdown)
     */
    static String format(String format, boolean given, Path output, List<String> allowed) {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (fmt.equals("markdown")) {
            fmt = "md";
        } else if (fmt.equals("csv_fr")) {
            fmt = "csv-fr";
        }
        if (given && !allowed.contains(fmt)) {
            throw new Main.UsageException("--format must be one of " + String.join(", ", allowed) + ", was '" + format
                    + "'");
        }
        if (output == null || output.getFileName() == null) {
            return fmt;
        }
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String implied;
        switch (ext) {
            case "htm": case "html": implied = "html"; break;
            case "md": case "markdown": implied = "md"; break;
            case "txt": case "text": implied = "text"; break;
            default: implied = ext; break;
        }
        boolean known = allowed.contains(implied);
        if (given && fmt.equals("csv-fr") && implied.equals("csv")) {
            return fmt; // a French CSV is a .csv file
        }
        if (!given) {
            if (known) {
                return implied;
            }
            List<String> extensions = new java.util.ArrayList<>();
            for (String a : allowed) {
                if (!a.equals("csv-fr")) {
                    extensions.add(a.equals("text") ? "txt" : a);
                }
            }
            throw new Main.UsageException("-o " + output + ": cannot tell the format from "
                    + (ext.isEmpty() ? "a file name without extension" : "the extension '." + ext + "'")
                    + "; name the file ." + String.join(", .", extensions)
                    + " or give --format " + String.join("|", allowed)
                    + (ext.equals("pdf") ? " (for a PDF, print the html report from a browser)" : ""));
        }
        if (known && !implied.equals(fmt)) {
            throw new Main.UsageException("-o " + output + " has the extension of the " + implied + " format but"
                    + " --format is " + fmt + "; rename the file or drop --format");
        }
        return fmt;
    }

    static Locale locale(String lang) {
        switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "fr":
                return Locale.FRENCH;
            case "en":
                return Locale.ENGLISH;
            default:
                throw new Main.UsageException("--lang must be fr or en, was '" + lang + "'");
        }
    }

    /**
     * Refuses an output ({@code -o}, {@code --lines}) that names one of the command's inputs (the inventory, a
     * scenario file, the {@code --factors} overlay, the {@code --mapping} file; null ones are skipped) or a folder.
     */
    static void refuseOverwritingInput(Path output, String option, Path... inputs) {
        if (output == null) {
            return;
        }
        for (Path input : inputs) {
            if (input == null) {
                continue;
            }
            boolean same = input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize());
            try {
                same |= Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output);
            } catch (IOException e) {
                // cannot tell: the path comparison stands
            }
            if (same) {
                throw new Main.UsageException(option + " " + output + " is an input of this command; refusing to"
                        + " overwrite it");
            }
        }
        if (Files.isDirectory(output)) {
            throw new Main.UsageException(option + " " + output + " is a directory; give a file name");
        }
    }

    /**
     * Writes what {@code body} writes into the file atomically ("cannot write FILE: reason" if it cannot), or to
     * standard output, as it is written (a large report is never held whole).
     */
    static void emit(PrintWriter out, Path file, java.util.function.Consumer<java.io.Writer> body) {
        if (file == null) {
            body.accept(out);
            out.flush();
        } else {
            try (AtomicOutput o = new AtomicOutput(file)) {
                try {
                    body.accept(o.writer());
                } catch (java.io.UncheckedIOException e) {
                    throw o.failure(e.getCause());
                }
                o.commit();
            }
        }
    }

    /** Writes text to the file atomically ("cannot write FILE: reason" if it cannot), or to standard output. */
    static void emit(PrintWriter out, Path file, String text) {
        if (file == null) {
            out.print(text);
            out.flush();
        } else {
            AtomicOutput.write(file, text);
        }
    }

    static void printProblems(PrintWriter err, StreamSummary s, int max) {
        int n = 0;
        for (Problem p : s.problems()) {
            if (n++ == max) {
                break;
            }
            err.println(p);
        }
        long shown = Math.min(Math.min(max, s.problems().size()), s.problemCount());
        if (s.problemCount() > shown) {
            err.println("… and " + (s.problemCount() - shown) + " more problems"
                    + (s.problems().size() < s.problemCount() ? " (impact validate lists them all)" : ""));
        }
    }
}
