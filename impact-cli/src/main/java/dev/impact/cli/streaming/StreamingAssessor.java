package dev.impact.cli.streaming;

import dev.impact.cli.inventory.InventoryEntry;
import dev.impact.cli.inventory.InventoryReader;
import dev.impact.cli.inventory.Problem;
import dev.impact.engine.AppliedDefault;
import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.engine.LineResult;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.measure.Footprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Assesses an inventory file of any length with bounded memory: lines are read one at a time, assessed in chunks
 * of {@code chunkSize} through one {@link Engine}, and only aggregates are kept (a {@link Summary}); per-line
 * results can be streamed to a {@link LineSink} as they are computed.
 *
 * <pre>{@code
 * StreamingAssessor s = StreamingAssessor.of(Engine.of(catalog), AssessmentOptions.defaults().reportingYear(2024));
 * try (InventoryReader r = InventoryFiles.open(path, ReadOptions.defaults())) {
 *     Summary summary = s.run(r).summary();
 * }
 * }</pre>
 *
 * Invalid lines (unreadable, or refused by the engine: unknown category or zone, no factor for the year…) are
 * left out of the totals and reported with their file line; the caller decides whether that is acceptable.
 */
public final class StreamingAssessor {
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");
    private static final Pattern ENGINE_PREFIX = Pattern.compile("^line \\d+ \\('.*?'\\): ");

    /** Receives each assessed line's result, in file order. */
    @FunctionalInterface
    public interface LineSink {
        void accept(long lineNumber, LineResult result) throws IOException;
    }

    /** Receives progress after each chunk. */
    @FunctionalInterface
    public interface ProgressListener {
        void update(long linesRead, long bytesRead, long size);
    }

    /**
     * The outcome: the summary, and the valid lines as an inventory when there were at most {@code keepUpTo} of
     * them (so that a full report can be made of small inputs).
     */
    public record Result(Summary summary, Optional<Inventory> inventory) {
    }

    private final Engine engine;
    private final AssessmentOptions options;
    private final int chunkSize;
    private final int keepUpTo;
    private final int maxProblems;
    private final LineSink sink;
    private final ProgressListener progress;
    private final java.util.function.Consumer<Problem> problemSink;

    private StreamingAssessor(Engine engine, AssessmentOptions options, int chunkSize, int keepUpTo, int maxProblems,
                              LineSink sink, ProgressListener progress,
                              java.util.function.Consumer<Problem> problemSink) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.options = Objects.requireNonNull(options, "options");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1, was " + chunkSize);
        }
        if (keepUpTo < 0) {
            throw new IllegalArgumentException("keepUpTo must be >= 0, was " + keepUpTo);
        }
        if (maxProblems < 0) {
            throw new IllegalArgumentException("maxProblems must be >= 0, was " + maxProblems);
        }
        this.chunkSize = chunkSize;
        this.keepUpTo = keepUpTo;
        this.maxProblems = maxProblems;
        this.sink = sink;
        this.progress = progress;
        this.problemSink = problemSink;
    }

    /** Chunks of 10 000 lines, nothing kept, the first 1 000 problems kept, no sink, no progress. */
    public static StreamingAssessor of(Engine engine, AssessmentOptions options) {
        return new StreamingAssessor(engine, options, 10_000, 0, 1_000, null, null, null);
    }

    /** A copy assessing chunks of this many lines. */
    public StreamingAssessor chunkSize(int lines) {
        return new StreamingAssessor(engine, options, lines, keepUpTo, maxProblems, sink, progress, problemSink);
    }

    /** A copy that also returns the valid lines as an inventory when there are at most {@code lines} of them. */
    public StreamingAssessor keepLinesUpTo(int lines) {
        return new StreamingAssessor(engine, options, chunkSize, lines, maxProblems, sink, progress, problemSink);
    }

    /** A copy keeping at most this many problems in full (all are counted). */
    public StreamingAssessor maxProblems(int n) {
        return new StreamingAssessor(engine, options, chunkSize, keepUpTo, n, sink, progress, problemSink);
    }

    /** A copy streaming each line's result to {@code sink}. */
    public StreamingAssessor lineSink(LineSink sink) {
        return new StreamingAssessor(engine, options, chunkSize, keepUpTo, maxProblems,
                Objects.requireNonNull(sink, "sink"), progress, problemSink);
    }

    /** A copy reporting progress to {@code listener} after each chunk. */
    public StreamingAssessor progress(ProgressListener listener) {
        return new StreamingAssessor(engine, options, chunkSize, keepUpTo, maxProblems, sink,
                Objects.requireNonNull(listener, "listener"), problemSink);
    }

    /** A copy passing every problem to {@code sink} as it is found (all of them, beyond {@link #maxProblems}). */
    public StreamingAssessor problemSink(java.util.function.Consumer<Problem> sink) {
        return new StreamingAssessor(engine, options, chunkSize, keepUpTo, maxProblems, this.sink, progress,
                Objects.requireNonNull(sink, "sink"));
    }

    /**
     * Reads and assesses every line of {@code reader}.
     *
     * @throws dev.impact.cli.inventory.InventoryFileException when the file cannot be read further
     * @throws UncheckedIOException                         when the sink fails
     */
    public Result run(InventoryReader reader) {
        Run r = new Run(reader);
        // two stages, so that parsing and assessing use two cores: this thread reads and parses, an assessor thread
        // assesses chunks in file order; the queue is bounded, so memory stays bounded
        java.util.concurrent.BlockingQueue<Chunk> queue = new java.util.concurrent.ArrayBlockingQueue<>(4);
        Chunk end = new Chunk(0);
        Thread assessor = new Thread(() -> {
            try {
                for (Chunk c = queue.take(); c != end; c = queue.take()) {
                    if (r.failure == null) {
                        r.assess(c.lines, c.lineNumbers);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                r.failure = e;
                queue.clear();
            }
        }, "impact-assessor");
        assessor.setDaemon(true);
        assessor.start();
        Chunk chunk = new Chunk(chunkSize);
        try {
            for (InventoryEntry e = reader.next(); e != null; e = reader.next()) {
                r.read++;
                if (!e.isValid()) {
                    r.invalid(e.problems());
                    continue;
                }
                chunk.lineNumbers[chunk.lines.size()] = e.lineNumber();
                chunk.lines.add(e.line().get());
                if (chunk.lines.size() == chunkSize) {
                    put(queue, chunk, r);
                    chunk = new Chunk(chunkSize);
                    if (progress != null) {
                        progress.update(r.read, reader.bytesRead(), reader.size());
                    }
                }
            }
            if (!chunk.lines.isEmpty()) {
                put(queue, chunk, r);
            }
        } finally {
            try {
                queue.put(end);
                assessor.join();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", ex);
            }
        }
        if (r.failure instanceof RuntimeException) {
            throw (RuntimeException) r.failure;
        } else if (r.failure instanceof Error) {
            throw (Error) r.failure;
        }
        if (progress != null) {
            progress.update(r.read, reader.bytesRead(), reader.size());
        }
        return r.result();
    }

    private static void put(java.util.concurrent.BlockingQueue<Chunk> queue, Chunk c, Run r) {
        if (r.failure != null) {
            return;
        }
        try {
            queue.put(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Lines handed from the reading thread to the assessing one. */
    private static final class Chunk {
        final List<InventoryLine> lines;
        final long[] lineNumbers;

        Chunk(int size) {
            lines = new ArrayList<>(size);
            lineNumbers = new long[size];
        }
    }

    /** The state of one run. */
    private final class Run {
        final InventoryReader reader;
        long read;
        long assessed;
        long invalidLines;
        long problemCount;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Long> reasons = new HashMap<>();
        final Footprint.Accumulator total = new Footprint.Accumulator();
        final Map<String, Cat> cats = new LinkedHashMap<>();
        final Set<AppliedDefault> defaults = new LinkedHashSet<>();
        List<InventoryLine> kept = new ArrayList<>();
        volatile Throwable failure;

        Run(InventoryReader reader) {
            this.reader = reader;
        }

        synchronized void invalid(List<Problem> ps) {
            invalidLines++;
            for (Problem p : ps) {
                problemCount++;
                if (problemSink != null) {
                    problemSink.accept(p);
                }
                if (problems.size() < maxProblems) {
                    problems.add(p);
                }
                String key = (p.column().isEmpty() ? "" : p.column() + ": ")
                        + NUMBER.matcher(QUOTED.matcher(p.reason()).replaceAll("'…'")).replaceAll("#");
                if (reasons.size() < 200 || reasons.containsKey(key)) {
                    reasons.merge(key, 1L, Long::sum);
                } else {
                    reasons.merge("(other reasons)", 1L, Long::sum);
                }
            }
        }

        void assess(List<InventoryLine> chunk, long[] lineNumbers) {
            Assessment a;
            try {
                a = engine.assess(Inventory.of(reader.name(), chunk), options);
            } catch (IllegalArgumentException e) {
                // find the lines the engine refuses, one by one; the others are assessed as usual
                for (int i = 0; i < chunk.size(); i++) {
                    try {
                        Assessment one = engine.assess(Inventory.of(reader.name(), chunk.get(i)), options);
                        add(lineNumbers[i], one.lines().get(0));
                    } catch (IllegalArgumentException ex) {
                        String reason = ENGINE_PREFIX.matcher(ex.getMessage()).replaceFirst("");
                        invalid(List.of(new Problem(reader.file(), lineNumbers[i], columnOf(reason), reason)));
                    }
                }
                return;
            }
            // totals from the chunk's own aggregates (one addition per chunk and category, not per line)
            total.add(a.total());
            a.byCategory().forEach((k, f) -> cats.computeIfAbsent(k, x -> new Cat()).footprint.add(f));
            if (defaults.size() < 1000) {
                defaults.addAll(a.defaults());
            }
            List<LineResult> results = a.lines();
            String lastCategory = null;
            Cat cat = null;
            for (int i = 0; i < results.size(); i++) {
                LineResult lr = results.get(i);
                InventoryLine line = lr.line();
                if (!line.category().equals(lastCategory)) {
                    lastCategory = line.category();
                    cat = cats.get(lastCategory);
                }
                cat.lines++;
                cat.quantity += line.quantity();
                assessed++;
                perLine(lineNumbers[i], lr);
            }
        }

        /** A line assessed on its own (after its chunk was refused because of another line). */
        void add(long lineNumber, LineResult r) {
            assessed++;
            total.add(r.footprint());
            InventoryLine line = r.line();
            Cat c = cats.computeIfAbsent(line.category(), k -> new Cat());
            c.lines++;
            c.quantity += line.quantity();
            c.footprint.add(r.footprint());
            if (defaults.size() < 1000) {
                defaults.addAll(r.defaults());
            }
            perLine(lineNumber, r);
        }

        void perLine(long lineNumber, LineResult r) {
            InventoryLine line = r.line();
            if (kept != null) {
                if (kept.size() < keepUpTo) {
                    kept.add(line);
                } else {
                    kept = null;
                }
            }
            if (sink != null) {
                try {
                    sink.accept(lineNumber, r);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the per-line results", e);
                }
            }
        }

        Result result() {
            Map<String, Summary.CategoryTotal> cs = new LinkedHashMap<>();
            cats.forEach((k, v) -> cs.put(k, new Summary.CategoryTotal(v.lines, v.quantity, v.footprint.toFootprint())));
            List<Map.Entry<String, Long>> rs = new ArrayList<>(reasons.entrySet());
            rs.sort((x, y) -> Long.compare(y.getValue(), x.getValue()));
            Map<String, Long> sorted = new LinkedHashMap<>();
            rs.forEach(en -> sorted.put(en.getKey(), en.getValue()));
            Summary s = new Summary(reader.name(), options, engine.catalog().name(), engine.catalog().version(),
                    engine.catalog().checksum(), read, assessed, invalidLines, problems, problemCount, sorted,
                    total.toFootprint(), cs, defaults, reader.notices());
            Optional<Inventory> inv = kept != null && keepUpTo > 0 ? Optional.of(Inventory.of(reader.name(), kept))
                    : Optional.empty();
            return new Result(s, inv);
        }
    }

    private static final class Cat {
        long lines;
        double quantity;
        final Footprint.Accumulator footprint = new Footprint.Accumulator();
    }

    /** The column an engine message is most likely about. */
    static String columnOf(String reason) {
        String r = reason.toLowerCase(java.util.Locale.ROOT);
        if (r.contains("purchaseyear") || r.contains("purchase year")) {
            return "purchase_year";
        } else if (r.contains("zone")) {
            return "zone";
        } else if (r.contains("provider")) {
            return "provider";
        } else if (r.contains("category") || r.contains("use profile")) {
            return "category";
        } else if (r.contains("kind")) {
            return "network_kind";
        } else if (r.contains("medium")) {
            return "medium";
        }
        return "";
    }
}
