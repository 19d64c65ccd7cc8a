package dev.impact.cli.streaming;

import dev.impact.cli.inventory.EntryBatch;
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
import java.util.function.Supplier;
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
    private final int threads;
    /**
     * One engine session per worker thread, kept from chunk to chunk (its plans are resolved once per run, not once
     * per chunk; a session's footprints do not depend on the lines it assessed before).
     */
    private final ThreadLocal<Engine.Session> sessions;

    private StreamingAssessor(Engine engine, AssessmentOptions options, int chunkSize, int keepUpTo, int maxProblems,
                              LineSink sink, ProgressListener progress,
                              java.util.function.Consumer<Problem> problemSink, int threads) {
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
        this.threads = threads;
        this.sessions = ThreadLocal.withInitial(() -> engine.session(options));
    }

    /** Chunks of 10 000 lines, nothing kept, the first 1 000 problems kept, no sink, no progress. */
    public static StreamingAssessor of(Engine engine, AssessmentOptions options) {
        return new StreamingAssessor(engine, options, 10_000, 0, 1_000, null, null, null,
                Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
    }

    /** A copy assessing chunks of this many lines. */
    public StreamingAssessor chunkSize(int lines) {
        return new StreamingAssessor(engine, options, lines, keepUpTo, maxProblems, sink, progress, problemSink,
                threads);
    }

    /** A copy that also returns the valid lines as an inventory when there are at most {@code lines} of them. */
    public StreamingAssessor keepLinesUpTo(int lines) {
        return new StreamingAssessor(engine, options, chunkSize, lines, maxProblems, sink, progress, problemSink,
                threads);
    }

    /** A copy keeping at most this many problems in full (all are counted). */
    public StreamingAssessor maxProblems(int n) {
        return new StreamingAssessor(engine, options, chunkSize, keepUpTo, n, sink, progress, problemSink, threads);
    }

    /** A copy streaming each line's result to {@code sink}. */
    public StreamingAssessor lineSink(LineSink sink) {
        return new StreamingAssessor(engine, options, chunkSize, keepUpTo, maxProblems,
                Objects.requireNonNull(sink, "sink"), progress, problemSink, threads);
    }

    /** A copy reporting progress to {@code listener} after each chunk. */
    public StreamingAssessor progress(ProgressListener listener) {
        return new StreamingAssessor(engine, options, chunkSize, keepUpTo, maxProblems, sink,
                Objects.requireNonNull(listener, "listener"), problemSink, threads);
    }

    /** A copy passing every problem to {@code sink} as it is found (all of them, beyond {@link #maxProblems}). */
    public StreamingAssessor problemSink(java.util.function.Consumer<Problem> sink) {
        return new StreamingAssessor(engine, options, chunkSize, keepUpTo, maxProblems, this.sink, progress,
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
        return new StreamingAssessor(engine, options, chunkSize, keepUpTo, maxProblems, sink, progress,
                problemSink, n);
    }

    /**
     * Reads and assesses every line of {@code reader}.
     *
     * <p>This thread reads (and tokenizes) the file in batches; worker threads decode the batches and assess
     * chunks of {@code chunkSize} valid lines; one more thread merges the results in file order. The chunks, the
     * order in which their sums are added, the problems and the per-line results are those of a sequential run: a
     * chunk's problems (lines the engine refuses) come after the problems of the lines read before its last line.
     *
     * @throws dev.impact.cli.inventory.InventoryFileException when the file cannot be read further
     * @throws UncheckedIOException                         when the sink fails
     */
    public Result run(InventoryReader reader) {
        Run r = new Run(reader);
        Pipeline p = new Pipeline(r, reader);
        try {
            for (Supplier<EntryBatch> b = reader.nextBatch(); b != null; b = reader.nextBatch()) {
                if (!p.submit(b)) {
                    break;
                }
            }
        } catch (RuntimeException | Error e) {
            // as a sequential run would: what was read before the failure is merged (problems reported, whole
            // chunks assessed and sent to the sink), the last, incomplete chunk is not
            p.finish(false);
            throw e;
        }
        p.finish(true);
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

    /** Marks the end of a batch in the merge order: its permit is given back. */
    private static final Object BATCH_DONE = new Object();
    private static final Object END = new Object();

    /**
     * The stages: decoding batches (workers, any order), grouping valid lines into chunks (in batch order, under
     * this object's lock), assessing chunks (workers, any order), merging (one thread, in file order, from
     * {@link #events}: a parse problem, a chunk, or the end of a batch).
     */
    private final class Pipeline {
        final Run run;
        final InventoryReader reader;
        final java.util.concurrent.ExecutorService workers;
        final java.util.concurrent.Semaphore permits;
        final java.util.concurrent.BlockingQueue<Object> events = new java.util.concurrent.LinkedBlockingQueue<>();
        final Thread merger;
        final Map<Long, Object> decoded = new HashMap<>();
        long submitted;
        long grouped;
        Group group;
        volatile boolean aborted;

        Pipeline(Run run, InventoryReader reader) {
            this.run = run;
            this.reader = reader;
            this.permits = new java.util.concurrent.Semaphore(3 * threads + 2);
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            this.workers = java.util.concurrent.Executors.newFixedThreadPool(threads, task -> {
                Thread t = new Thread(task, "impact-assessor-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            this.group = new Group(chunkSize, reader);
            this.merger = new Thread(this::merge, "impact-merger");
            merger.setDaemon(true);
            merger.start();
        }

        /** Queues a batch for decoding; false when the run has failed. */
        boolean submit(Supplier<EntryBatch> batch) {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                aborted = true;
                throw new IllegalStateException("interrupted", e);
            }
            if (aborted) {
                permits.release();
                return false;
            }
            long seq;
            synchronized (this) {
                seq = submitted++;
            }
            workers.execute(() -> {
                EntryBatch b = null;
                if (!aborted) {
                    try {
                        b = batch.get();
                    } catch (RuntimeException | Error e) {
                        fail(e);
                    }
                }
                decoded(seq, b);
            });
            return true;
        }

        /** Groups the decoded batches that are next in file order. */
        synchronized void decoded(long seq, EntryBatch batch) {
            decoded.put(seq, batch == null ? NO_BATCH : batch);
            for (Object o = decoded.remove(grouped); o != null; o = decoded.remove(grouped)) {
                if (o instanceof EntryBatch && !aborted) {
                    EntryBatch b = (EntryBatch) o;
                    for (int i = 0; i < b.size(); i++) {
                        run.read++;
                        InventoryLine line = b.line(i);
                        if (line == null) {
                            events.add(b.problems(i));
                            continue;
                        }
                        group.add(line, b.lineNumber(i));
                        if (group.size() == chunkSize) {
                            assess();
                        }
                    }
                }
                events.add(BATCH_DONE);
                grouped++;
                run.readSoFar = run.read;
            }
            notifyAll();
        }

        /** Sends the current chunk to be assessed (caller holds the lock). */
        private void assess() {
            Group g = group;
            group = new Group(chunkSize, reader);
            events.add(g);
            workers.execute(() -> {
                try {
                    if (!aborted) {
                        g.assess();
                    }
                } catch (RuntimeException | Error e) {
                    fail(e);
                } finally {
                    g.done.countDown();
                }
            });
        }

        void merge() {
            try {
                for (Object e = events.take(); e != END; e = events.take()) {
                    if (e == BATCH_DONE) {
                        permits.release();
                        continue;
                    }
                    if (aborted) {
                        continue;
                    }
                    try {
                        if (e instanceof Group) {
                            Group g = (Group) e;
                            g.done.await();
                            if (!aborted) {
                                run.merge(g);
                                if (progress != null && g.size() == chunkSize) {
                                    progress.update(run.readSoFar, reader.bytesRead(), reader.size());
                                }
                            }
                        } else {
                            @SuppressWarnings("unchecked")
                            List<Problem> ps = (List<Problem>) e;
                            run.invalid(ps);
                        }
                    } catch (RuntimeException | Error ex) {
                        fail(ex);
                    }
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }

        void fail(Throwable t) {
            synchronized (run) {
                if (run.failure == null) {
                    run.failure = t;
                }
            }
            aborted = true;
        }

        /** Waits for every batch submitted, assesses the last chunk (if asked), and waits for the merge to end. */
        void finish(boolean lastChunk) {
            boolean interrupted = false;
            synchronized (this) {
                while (grouped < submitted) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                        aborted = true;
                    }
                }
                if (lastChunk && group.size() > 0 && !aborted) {
                    assess();
                }
                events.add(END);
            }
            while (true) {
                try {
                    merger.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    aborted = true;
                }
            }
            workers.shutdown();
            if (interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
    }

    /** A batch that could not be decoded (the run has failed). */
    private static final Object NO_BATCH = new Object();

    /** A chunk of valid lines, assessed on a worker thread, merged in order. */
    private final class Group {
        final InventoryReader reader;
        final List<InventoryLine> lines;
        final long[] lineNumbers;
        final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Assessment assessment; // with a sink: the chunk's assessment
        boolean assessed; // the chunk was assessed whole (with or without an assessment)
        Footprint total;
        Map<String, Footprint> byCategory;
        Set<AppliedDefault> defaults;
        int[] categoryIndex;
        double[] quantities;
        LineResult[] results; // when the chunk is refused: each line's own result, or null
        Problem[] problems; // … or its problem

        Group(int size, InventoryReader reader) {
            this.reader = reader;
            lines = new ArrayList<>(size);
            lineNumbers = new long[size];
        }

        int size() {
            return lines.size();
        }

        void add(InventoryLine line, long lineNumber) {
            lineNumbers[lines.size()] = lineNumber;
            lines.add(line);
        }

        /** Assesses the chunk; if the engine refuses it, each line on its own. */
        void assess() {
            if (sink == null) {
                if (assessSums()) {
                    return;
                }
            } else if (assessWhole()) {
                return;
            }
            results = new LineResult[lines.size()];
            problems = new Problem[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                try {
                    Assessment one = engine.assess(Inventory.of(reader.name(), lines.get(i)), options);
                    results[i] = one.lines().get(0);
                } catch (IllegalArgumentException ex) {
                    String reason = ENGINE_PREFIX.matcher(ex.getMessage()).replaceFirst("");
                    problems[i] = new Problem(reader.file(), lineNumbers[i], columnOf(reason), reason);
                }
            }
        }

        /**
         * Without a sink: the same sums as {@link Assessment#total()} and {@link Assessment#byCategory()} (same
         * footprints added in the same order), through an {@link Engine.Session}, without per-line results.
         * False when the engine refuses a line.
         */
        private boolean assessSums() {
            Engine.Session session = sessions.get();
            Footprint.Accumulator all = new Footprint.Accumulator();
            Map<String, Footprint.Accumulator> cats = new LinkedHashMap<>();
            Map<String, Integer> index = new HashMap<>();
            Set<AppliedDefault> ds = new LinkedHashSet<>();
            // lines of one kind share their (immutable) list: look at each list once, as Assessment.defaults()
            Set<List<AppliedDefault>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            int n = lines.size();
            int[] ci = new int[n];
            double[] qs = new double[n];
            String last = null;
            List<AppliedDefault> lastDefaults = null;
            Footprint.Accumulator category = null;
            int at = 0;
            try {
                Inventory.of(reader.name()); // refuses what the chunk's inventory would refuse (a blank name)
                for (int i = 0; i < n; i++) {
                    InventoryLine line = lines.get(i);
                    String c = line.category();
                    if (!c.equals(last)) {
                        category = cats.get(c);
                        if (category == null) {
                            category = new Footprint.Accumulator();
                            cats.put(c, category);
                            index.put(c, index.size());
                        }
                        at = index.get(c);
                        last = c;
                    }
                    session.assessInto(line, all, category);
                    List<AppliedDefault> d = session.defaults();
                    if (d != lastDefaults && seen.add(d)) {
                        ds.addAll(d);
                    }
                    lastDefaults = d;
                    ci[i] = at;
                    qs[i] = line.quantity();
                }
            } catch (IllegalArgumentException e) {
                return false; // find the lines the engine refuses, one by one
            }
            total = all.toFootprint();
            byCategory = new LinkedHashMap<>();
            cats.forEach((k, v) -> byCategory.put(k, v.toFootprint()));
            defaults = ds;
            categoryIndex = ci;
            quantities = qs;
            assessed = true;
            return true;
        }

        /** With a sink: the chunk's assessment (its per-line results go to the sink); false when refused. */
        private boolean assessWhole() {
            try {
                assessment = engine.assess(Inventory.of(reader.name(), lines), options);
                total = assessment.total();
                byCategory = assessment.byCategory();
                assessed = true;
                // here rather than on the merging thread: the distinct defaults, each line's category (as an index
                // in byCategory's order) and quantity
                defaults = assessment.defaults();
                Map<String, Integer> index = new HashMap<>();
                for (String c : assessment.byCategory().keySet()) {
                    index.put(c, index.size());
                }
                List<LineResult> rs = assessment.lines();
                categoryIndex = new int[rs.size()];
                quantities = new double[rs.size()];
                String last = null;
                int at = 0;
                for (int i = 0; i < rs.size(); i++) {
                    InventoryLine line = rs.get(i).line();
                    if (!line.category().equals(last)) {
                        last = line.category();
                        at = index.get(last);
                    }
                    categoryIndex[i] = at;
                    quantities[i] = line.quantity();
                }
                return true;
            } catch (IllegalArgumentException e) {
                return false; // find the lines the engine refuses, one by one
            }
        }
    }

    /** The state of one run. */
    private final class Run {
        final InventoryReader reader;
        long read;
        volatile long readSoFar;
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

        /** Adds an assessed chunk (on the merging thread, in file order). */
        void merge(Group g) {
            long[] lineNumbers = g.lineNumbers;
            if (!g.assessed) {
                for (int i = 0; i < g.size(); i++) {
                    if (g.results[i] != null) {
                        add(lineNumbers[i], g.results[i]);
                    } else {
                        invalid(List.of(g.problems[i]));
                    }
                }
                return;
            }
            // totals from the chunk's own aggregates (one addition per chunk and category, not per line)
            total.add(g.total);
            Cat[] groupCats = new Cat[g.byCategory.size()];
            int k = 0;
            for (Map.Entry<String, Footprint> e : g.byCategory.entrySet()) {
                Cat c = cats.computeIfAbsent(e.getKey(), x -> new Cat());
                c.footprint.add(e.getValue());
                groupCats[k++] = c;
            }
            if (defaults.size() < 1000) {
                defaults.addAll(g.defaults);
            }
            // per line, in file order (the quantities are summed line by line)
            int[] catIndex = g.categoryIndex;
            double[] quantities = g.quantities;
            for (int i = 0; i < catIndex.length; i++) {
                Cat cat = groupCats[catIndex[i]];
                cat.lines++;
                cat.quantity += quantities[i];
            }
            assessed += catIndex.length;
            if (g.assessment != null) {
                List<LineResult> results = g.assessment.lines();
                for (int i = 0; i < results.size(); i++) {
                    perLine(lineNumbers[i], results.get(i).line(), results.get(i));
                }
            } else if (kept != null) {
                for (int i = 0; i < g.size(); i++) {
                    perLine(lineNumbers[i], g.lines.get(i), null);
                }
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
            perLine(lineNumber, line, r);
        }

        /** Keeps {@code line} while there are few, and sends {@code r} to the sink (there is one when r is set). */
        void perLine(long lineNumber, InventoryLine line, LineResult r) {
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
