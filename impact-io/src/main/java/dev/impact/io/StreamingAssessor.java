package dev.impact.io;

import dev.impact.Assessor;
import dev.impact.engine.AppliedDefault;
import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.engine.LineResult;
import dev.impact.engine.Totals;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.LineRejectedException;
import dev.impact.measure.Footprint;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Assesses an inventory file of any length, reading and assessing each line once: lines are read and assessed batch
 * by batch through one {@link Engine} and summed into {@link dev.impact.engine.Totals} (in a {@link StreamSummary});
 * while there are at most {@link #keepLinesUpTo(int)} valid lines, their results are kept too, and the run returns
 * the full {@link Assessment} of the valid lines, the same as {@link Engine#assess} would give, without assessing
 * them a second time. Per-line results can also be streamed to a {@link LineSink} as they are computed.
 *
 * <pre>{@code
 * StreamingAssessor s = StreamingAssessor.of(Impact.using(catalog).reportingYear(2024));
 * try (InventoryReader r = InventoryFiles.open(path, ReadOptions.defaults())) {
 *     StreamSummary summary = s.run(r).summary();
 * }
 * }</pre>
 *
 * Invalid lines (unreadable, or refused by the engine: unknown category or zone, no factor for the year…) are
 * left out of the totals and reported with their file line; the caller decides whether that is acceptable.
 */
public final class StreamingAssessor {

    /** Receives each assessed line's result, in file order. */
    @FunctionalInterface
    public interface LineSink {
        void accept(long lineNumber, LineResult result) throws IOException;
    }

    /**
     * A sink writing each line's result as a CSV row to {@code out} (after a header written now):
     * {@code line,kind,label,category,quantity} then one column per indicator ({@code gwp_kgco2e}…, whole period,
     * all phases; empty when not available), decimal points. The caller owns and closes {@code out}.
     */
    public static LineSink csvLineSink(Writer out) throws IOException {
        return new CsvLineSink(out);
    }

    /** Receives progress after each batch. */
    @FunctionalInterface
    public interface ProgressListener {
        void update(long linesRead, long bytesRead, long size);
    }

    /**
     * The outcome: the summary (totals, counts, problems, notices), and the assessment of the valid lines, made of the
     * per-line results of this run, when there were at most {@code keepUpTo} of them (so that a full report can be
     * made of them).
     *
     * @param summary    totals and what is streaming's own
     * @param assessment the assessment of the valid lines, if there were at most {@code keepUpTo} of them
     */
    public record Result(StreamSummary summary, Optional<Assessment> assessment) {
        public Result {
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(assessment, "assessment");
        }

        /** The valid lines as an inventory, when the assessment was kept. */
        public Optional<Inventory> inventory() {
            return assessment.map(a -> {
                List<InventoryLine> lines = new ArrayList<>(a.lines().size());
                a.lines().forEach(r -> lines.add(r.line()));
                return Inventory.of(a.inventoryName(), lines);
            });
        }
    }

    private final Engine engine;
    private final AssessmentOptions options;
    private final int keepUpTo;
    private final int maxProblems;
    private final LineSink sink;
    private final ProgressListener progress;
    private final java.util.function.Consumer<Problem> problemSink;
    private final int threads;
    /**
     * One engine session per worker thread, kept from chunk to chunk (its plans are resolved once per run, not once
     * per chunk; a session's footprints do not depend on the lines it assessed before).
     */
    private final ThreadLocal<Engine.Session> sessions;

    private StreamingAssessor(Engine engine, AssessmentOptions options, int keepUpTo, int maxProblems,
                              LineSink sink, ProgressListener progress,
                              java.util.function.Consumer<Problem> problemSink, int threads) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.options = Objects.requireNonNull(options, "options");
        if (keepUpTo < 0) {
            throw new IllegalArgumentException("keepUpTo must be >= 0, was " + keepUpTo);
        }
        if (maxProblems < 0) {
            throw new IllegalArgumentException("maxProblems must be >= 0, was " + maxProblems);
        }
        this.keepUpTo = keepUpTo;
        this.maxProblems = maxProblems;
        this.sink = sink;
        this.progress = progress;
        this.problemSink = problemSink;
        this.threads = threads;
        this.sessions = ThreadLocal.withInitial(() -> engine.session(options));
    }

    /** Nothing kept, the first 1 000 problems kept, no sink, no progress. */
    public static StreamingAssessor of(Engine engine, AssessmentOptions options) {
        return new StreamingAssessor(engine, options, 0, 1_000, null, null, null,
                Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
    }

    /**
     * As {@link #of(Engine, AssessmentOptions)}, with the catalog and options of the front door
     * ({@code Impact.using(catalog).reportingYear(2024)...}).
     */
    public static StreamingAssessor of(Assessor assessor) {
        Objects.requireNonNull(assessor, "assessor");
        return of(Engine.of(assessor.catalog()), assessor.options());
    }

    /**
     * A copy that keeps each valid line's result while there are at most {@code lines} of them, and then returns
     * their {@link Assessment} ({@link Result#assessment()}); 0 keeps nothing.
     */
    public StreamingAssessor keepLinesUpTo(int lines) {
        return new StreamingAssessor(engine, options, lines, maxProblems, sink, progress, problemSink,
                threads);
    }

    /** A copy keeping at most this many problems in full (all are counted). */
    public StreamingAssessor maxProblems(int n) {
        return new StreamingAssessor(engine, options, keepUpTo, n, sink, progress, problemSink, threads);
    }

    /** A copy streaming each line's result to {@code sink}. */
    public StreamingAssessor lineSink(LineSink sink) {
        return new StreamingAssessor(engine, options, keepUpTo, maxProblems,
                Objects.requireNonNull(sink, "sink"), progress, problemSink, threads);
    }

    /** A copy reporting progress to {@code listener} after each chunk. */
    public StreamingAssessor progress(ProgressListener listener) {
        return new StreamingAssessor(engine, options, keepUpTo, maxProblems, sink,
                Objects.requireNonNull(listener, "listener"), problemSink, threads);
    }

    /** A copy passing every problem to {@code sink} as it is found (all of them, beyond {@link #maxProblems}). */
    public StreamingAssessor problemSink(java.util.function.Consumer<Problem> sink) {
        return new StreamingAssessor(engine, options, keepUpTo, maxProblems, this.sink, progress,
                Objects.requireNonNull(sink, "sink"), threads);
    }

    /**
     * A copy using this many worker threads to decode and assess (default: the number of processors). Results,
     * their order and every sum are the same whatever the number.
     */
    public StreamingAssessor threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + n);
        }
        return new StreamingAssessor(engine, options, keepUpTo, maxProblems, sink, progress,
                problemSink, n);
    }

    /**
     * Reads and assesses every line of {@code reader}.
     *
     * <p>This thread reads the file in batches ({@link EntryBatch#next(InventoryReader)}); worker threads decode each
     * batch and assess its lines right away, into the batch's own sums; the batches are then merged in file order.
     * The batches are the reader's (they do not depend on the number of threads), so every sum, the per-line
     * results and the problems, in file order, are the same whatever the number of threads.
     *
     * @throws dev.impact.io.InvalidFileException when the file cannot be read further (what was read
     *                                                      before is merged first: problems reported, lines sent to
     *                                                      the sink)
     * @throws UncheckedIOException                         when the sink fails
     */
    public Result run(InventoryReader reader) {
        Inventory.of(reader.name()); // refuses what an inventory would refuse (a blank name)
        Run r = new Run(reader);
        Pipeline p = new Pipeline(r);
        try {
            for (Supplier<EntryBatch> b = EntryBatch.next(reader); b != null; b = EntryBatch.next(reader)) {
                if (!p.submit(b)) {
                    break;
                }
            }
        } finally {
            p.finish();
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

    /**
     * Batches in flight: decoded and assessed by the workers in any order, merged in file order by whichever worker
     * completes the next one (no merging thread); at most {@code 3 × threads + 2} batches are held at once.
     */
    private final class Pipeline {
        final Run run;
        final java.util.concurrent.ExecutorService workers;
        final java.util.concurrent.Semaphore permits;
        final Map<Long, Batch> done = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.concurrent.locks.ReentrantLock mergeLock = new java.util.concurrent.locks.ReentrantLock();
        long submitted;
        volatile long merged; // written under mergeLock
        volatile boolean aborted;

        Pipeline(Run run) {
            this.run = run;
            this.permits = new java.util.concurrent.Semaphore(3 * threads + 2);
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            this.workers = java.util.concurrent.Executors.newFixedThreadPool(threads, task -> {
                Thread t = new Thread(task, "impact-assessor-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        /** Queues a batch; false when the run has failed (nothing more should be read). */
        boolean submit(Supplier<EntryBatch> entries) {
            if (aborted) {
                return false;
            }
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                aborted = true;
                throw new IllegalStateException("interrupted", e);
            }
            long seq = submitted++;
            workers.execute(() -> {
                Batch b = new Batch(run.reader.file(), !run.overLimit);
                if (!aborted) {
                    try {
                        b.assess(entries.get(), sessions.get());
                    } catch (RuntimeException | Error e) {
                        b.failure = e;
                    }
                }
                completed(seq, b);
            });
            return true;
        }

        /** Merges every batch that is next in file order (whoever holds the lock merges for everyone). */
        void completed(long seq, Batch b) {
            done.put(seq, b);
            while (mergeLock.tryLock()) {
                try {
                    for (Batch next = done.remove(merged); next != null; next = done.remove(merged)) {
                        if (!aborted) {
                            try {
                                run.merge(next);
                            } catch (RuntimeException | Error e) {
                                run.failure = e;
                                aborted = true;
                            }
                        }
                        merged++; // after the merge: finish() then sees the run complete
                        permits.release();
                    }
                } finally {
                    mergeLock.unlock();
                }
                synchronized (this) {
                    notifyAll();
                }
                if (!done.containsKey(merged)) {
                    break; // a batch put after the loop above is merged by its own worker
                }
            }
        }

        /** Waits until every submitted batch is merged (or dropped after a failure). */
        void finish() {
            boolean interrupted = false;
            synchronized (this) {
                while (merged < submitted) {
                    try {
                        wait(100);
                    } catch (InterruptedException e) {
                        interrupted = true;
                        aborted = true;
                    }
                }
            }
            workers.shutdown();
            if (interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
    }

    /**
     * One batch, decoded and assessed on a worker: its sums (total, per category, in line order, as
     * {@link Assessment} adds them), its lines' categories and quantities, its problems in line order, and — when
     * asked for — its per-line results and its valid lines.
     */
    private final class Batch {
        final String file;
        Throwable failure;
        final Engine.Sum total = new Engine.Sum();
        /** The sums per category × group ("cell"), in order of first appearance. */
        final Map<Cell, Integer> categoryIndex = new HashMap<>();
        final List<Cell> categories = new ArrayList<>();
        final List<Engine.Sum> byCategory = new ArrayList<>();
        /** The distinct defaults lists (shared immutable lists) in order of first use, and their line counts. */
        final List<List<AppliedDefault>> defaultLists = new ArrayList<>();
        final List<long[]> defaultCounts = new ArrayList<>();
        int read;
        int assessed;
        int[] lineCategory = new int[0];
        double[] quantities = new double[0];
        /** The problems of the invalid entries (unreadable or refused), one list per entry, in line order. */
        final List<List<Problem>> invalid = new ArrayList<>();
        long[] lineNumbers;
        /** The file lines the batch spans. */
        long firstLine;
        long lastLine;
        LineResult[] results;

        /** Whether to keep the per-line results (for the run's assessment). */
        final boolean keep;

        Batch(String file, boolean keep) {
            this.file = file;
            this.keep = keep;
        }

        void assess(EntryBatch b, Engine.Session session) {
            int n = b.size();
            read = n;
            if (n > 0) {
                firstLine = b.lineNumber(0);
                lastLine = b.lineNumber(n - 1);
            }
            lineCategory = new int[n];
            quantities = new double[n];
            boolean keep = keepUpTo > 0 && this.keep;
            if (sink != null || keep) {
                results = new LineResult[n];
            }
            if (sink != null) {
                lineNumbers = new long[n];
            }
            // lines of one kind share their (immutable) defaults list: count lines per list, look at each list once
            Map<List<AppliedDefault>, long[]> counts = new java.util.IdentityHashMap<>();
            List<AppliedDefault> lastDefaults = null;
            long[] lastCount = null;
            String last = null;
            String lastGroup = null;
            Cell cell = null;
            Engine.Sum category = null;
            int at = -1;
            for (int i = 0; i < n; i++) {
                InventoryLine line = b.line(i);
                if (line == null) {
                    invalid.add(b.problems(i));
                    continue;
                }
                String c = line.category();
                String g = line.group().orElse(null);
                if (!c.equals(last) || !java.util.Objects.equals(g, lastGroup)) {
                    cell = new Cell(c, g);
                    Integer k = categoryIndex.get(cell);
                    if (k == null) {
                        at = -1; // a new category, kept once a line of it is assessed
                        category = new Engine.Sum();
                    } else {
                        at = k;
                        category = byCategory.get(k);
                    }
                    last = c;
                    lastGroup = g;
                }
                Engine.LineOutcome o;
                LineResult result = null;
                try {
                    if (results == null) {
                        o = session.add(line, total, category); // no footprint object per line
                    } else {
                        result = session.assess(line);
                        total.add(result.footprint());
                        category.add(result.footprint());
                        o = null;
                    }
                } catch (IllegalArgumentException ex) {
                    // nothing was added
                    invalid.add(List.of(refused(file, b.lineNumber(i), ex)));
                    continue;
                }
                if (at < 0) {
                    at = categories.size();
                    categoryIndex.put(cell, at);
                    categories.add(cell);
                    byCategory.add(category);
                }
                List<AppliedDefault> d = o != null ? o.defaults() : result.defaults();
                if (d != lastDefaults) {
                    lastCount = counts.get(d);
                    if (lastCount == null) {
                        lastCount = new long[1];
                        counts.put(d, lastCount);
                        defaultLists.add(d);
                        defaultCounts.add(lastCount);
                    }
                    lastDefaults = d;
                }
                lastCount[0]++;
                int j = assessed++;
                lineCategory[j] = at;
                quantities[j] = line.quantity();
                if (results != null) {
                    results[j] = result;
                }
                if (lineNumbers != null) {
                    lineNumbers[j] = b.lineNumber(i);
                }
            }
        }
    }

    /** The state of one run; merged into on one thread at a time, in file order. */
    private final class Run {
        final InventoryReader reader;
        long read;
        long assessed;
        long invalidLines;
        long problemCount;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Long> reasons = new HashMap<>();
        final Footprint.Accumulator total = new Footprint.Accumulator();
        final Map<Cell, Cat> cats = new LinkedHashMap<>();
        /** Distinct completed inputs (at most 1 000) with the number of lines that took each. */
        final Map<AppliedDefault, Long> defaults = new LinkedHashMap<>();
        /** The valid lines' results while there are at most keepUpTo of them; null once there are more (or none). */
        List<LineResult> kept = keepUpTo > 0 ? new ArrayList<>() : null;
        /** Set once the run has more valid lines than keepUpTo: batches submitted later keep no per-line results. */
        volatile boolean overLimit;
        volatile Throwable failure;

        Run(InventoryReader reader) {
            this.reader = reader;
        }

        void invalid(List<Problem> ps) {
            invalidLines++;
            for (Problem p : ps) {
                problemCount++;
                if (problemSink != null) {
                    problemSink.accept(p);
                }
                if (problems.size() < maxProblems) {
                    problems.add(p);
                }
                String key = p.reasonPattern();
                if (reasons.size() < 200 || reasons.containsKey(key)) {
                    reasons.merge(key, 1L, Long::sum);
                } else {
                    reasons.merge("(other reasons)", 1L, Long::sum);
                }
            }
        }

        /** Adds a batch (in file order). */
        void merge(Batch b) {
            if (b.failure != null) {
                if (b.failure instanceof RuntimeException) {
                    throw (RuntimeException) b.failure;
                }
                throw (Error) b.failure;
            }
            read += b.read;
            // the batch's problems, in line order, then its lines' sums and per-line results
            for (List<Problem> ps : b.invalid) {
                invalid(ps);
            }
            Cat[] batchCats = new Cat[b.categories.size()];
            try {
                total.add(b.total.toFootprint());
                for (int k = 0; k < batchCats.length; k++) {
                    Cat c = cats.computeIfAbsent(b.categories.get(k), x -> new Cat());
                    c.footprint.add(b.byCategory.get(k).toFootprint());
                    batchCats[k] = c;
                }
            } catch (IllegalArgumentException overflow) {
                // each line and each batch fit in a double, their sum does not: name the lines whose sum overflowed
                throw new InvalidFileException(new Problem(b.file, b.firstLine, "", "adding lines " + b.firstLine
                        + " to " + b.lastLine + " to the totals: " + overflow.getMessage()));
            }
            for (int k = 0; k < b.defaultLists.size(); k++) {
                long n = b.defaultCounts.get(k)[0];
                for (AppliedDefault d : b.defaultLists.get(k)) {
                    if (defaults.size() < 1000 || defaults.containsKey(d)) {
                        defaults.merge(d, n, Long::sum);
                    }
                }
            }
            for (int i = 0; i < b.assessed; i++) {
                Cat cat = batchCats[b.lineCategory[i]];
                cat.lines++;
                cat.quantity += b.quantities[i];
            }
            assessed += b.assessed;
            if (kept != null) {
                if (b.results != null && kept.size() + b.assessed <= keepUpTo) {
                    kept.addAll(Arrays.asList(b.results).subList(0, b.assessed));
                } else {
                    kept = null;
                    overLimit = true; // batches assessed from now on keep no results (unless for the sink)
                }
            }
            if (sink != null) {
                for (int i = 0; i < b.assessed; i++) {
                    try {
                        sink.accept(b.lineNumbers[i], b.results[i]);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the per-line results", e);
                    }
                }
            }
            if (progress != null) {
                progress.update(read, reader.bytesRead(), reader.size());
            }
        }

        Result result() {
            // the cells summed per category, and per group when some line has one
            Map<String, Cat> byCategory = new LinkedHashMap<>();
            Map<String, Cat> byGroup = new LinkedHashMap<>();
            Map<String, Map<String, Footprint>> groupCategories = new LinkedHashMap<>();
            boolean grouped = cats.keySet().stream().anyMatch(c -> c.group() != null);
            cats.forEach((k, v) -> {
                Footprint f = v.footprint.toFootprint();
                byCategory.computeIfAbsent(k.category(), x -> new Cat()).add(v, f);
                if (grouped) {
                    String g = k.group() == null ? Totals.UNGROUPED : k.group();
                    byGroup.computeIfAbsent(g, x -> new Cat()).add(v, f);
                    groupCategories.computeIfAbsent(g, x -> new LinkedHashMap<>()).put(k.category(), f);
                }
            });
            Map<String, Totals.CategoryTotal> cs = new LinkedHashMap<>();
            byCategory.forEach((k, v) -> cs.put(k, new Totals.CategoryTotal(v.lines, v.quantity,
                    v.footprint.toFootprint())));
            Map<String, Totals.GroupTotal> gs = new LinkedHashMap<>();
            byGroup.forEach((k, v) -> gs.put(k, new Totals.GroupTotal(v.lines, v.footprint.toFootprint(),
                    groupCategories.get(k))));
            List<Map.Entry<String, Long>> rs = new ArrayList<>(reasons.entrySet());
            rs.sort((x, y) -> Long.compare(y.getValue(), x.getValue()));
            Map<String, Long> sorted = new LinkedHashMap<>();
            rs.forEach(en -> sorted.put(en.getKey(), en.getValue()));
            Totals totals = new Totals(reader.name(), options, engine.catalog().name(), engine.catalog().version(),
                    engine.catalog().checksum(), assessed, total.toFootprint(), cs, defaults, gs);
            StreamSummary s = new StreamSummary(totals, read, invalidLines, problems, problemCount, sorted,
                    reader.notices());
            Optional<Assessment> assessment = Optional.empty();
            if (kept != null) {
                List<InventoryLine> lines = new ArrayList<>(kept.size());
                kept.forEach(x -> lines.add(x.line()));
                assessment = Optional.of(Assessment.of(Inventory.of(reader.name(), lines), options, engine.catalog(),
                        kept));
            }
            return new Result(s, assessment);
        }
    }

    /** A category and a group (null: none): the key of the running sums. */
    private record Cell(String category, String group) {
    }

    private static final class Cat {
        long lines;
        double quantity;
        final Footprint.Accumulator footprint = new Footprint.Accumulator();

        void add(Cat c, Footprint f) {
            lines += c.lines;
            quantity += c.quantity;
            footprint.add(f);
        }
    }

    /**
     * The problem of a line the engine refused, at its file line: the column of the refused field and the value,
     * read from the {@link LineRejectedException}, never from its message.
     */
    static Problem refused(String file, long line, IllegalArgumentException ex) {
        if (ex instanceof LineRejectedException) {
            LineRejectedException r = (LineRejectedException) ex;
            String column = r.field().flatMap(Column::ofField).map(Column::header).orElse("");
            String byName = column.equals(Column.CATEGORY.header()) && !r.value().isEmpty()
                    ? Names.suggestCategory(r.value()) : "";
            return new Problem(file, line, column, r.value(), r.reason() + byName);
        }
        return new Problem(file, line, "", String.valueOf(ex.getMessage()));
    }
}
