package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.Assessor;
import dev.impact.Impact;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factors.Factors;
import dev.impact.inventory.Inventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingAssessorTest {
    static final Engine ENGINE = Engine.of(Factors.builtIn());
    static final AssessmentOptions OPTIONS = AssessmentOptions.defaults().reportingYear(2024);

    @TempDir
    Path dir;

    /** Valid lines, unreadable ones, lines the engine refuses, quoted fields over several lines, blank rows. */
    Path file(int lines) throws IOException {
        StringBuilder sb = new StringBuilder("kind,label,category,quantity,zone,purchase_year\n");
        String[] cats = {"laptop", "monitor", "smartphone", "tablet"};
        for (int i = 0; i < lines; i++) {
            if (i % 97 == 5) {
                sb.append("device,bad ").append(i).append(",laptop,abc,,\n");
            } else if (i % 1301 == 7) {
                sb.append("device,refused ").append(i).append(",nosuchcategory,1,,\n");
            } else if (i % 151 == 9) {
                sb.append("device,\"quoted \"\"").append(i).append("\"\"\nsecond line\",laptop,2.5,FR,2020\n");
            } else if (i % 173 == 3) {
                sb.append(",,,,,\n\n");
            } else {
                sb.append("device,site ").append(i).append(',').append(cats[i % cats.length]).append(',')
                        .append(1 + i % 7).append('.').append(i % 10).append(',').append(i % 3 == 0 ? "DE" : "FR")
                        .append(',').append(2016 + i % 9).append('\n');
            }
        }
        Path f = dir.resolve("inv.csv");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    record Outcome(StreamSummary summary, List<String> lines, List<Problem> problems) {
    }

    Outcome run(Path f, int threads) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            StreamSummary s = StreamingAssessor.of(ENGINE, OPTIONS).threads(threads)
                    .lineSink((n, lr) -> lines.add(n + " " + lr.line().label() + " " + lr.footprint()))
                    .problemSink(problems::add).run(r).summary();
            return new Outcome(s, lines, problems);
        }
    }

    @Test
    void resultsAndTheirOrder_doNotDependOnThreads() throws IOException {
        Path f = file(12_000);
        Outcome one = run(f, 1);
        for (int threads : new int[] {2, 4}) {
            Outcome many = run(f, threads);
            assertThat(many.summary()).isEqualTo(one.summary());
            assertThat(many.lines()).isEqualTo(one.lines());
            assertThat(many.problems()).isEqualTo(one.problems());
        }
        assertThat(one.summary().linesInvalid()).isEqualTo(one.problems().size()).isGreaterThan(100);
        assertThat(one.summary().linesAssessed() + one.summary().linesInvalid()).isEqualTo(one.summary().linesRead());
    }

    @Test
    void oneBatch_matchesTheEngine_andListsProblemsInFileOrder() throws IOException {
        Path f = file(1_000);
        Outcome o = run(f, 2);
        List<dev.impact.inventory.InventoryLine> valid = new ArrayList<>();
        List<Long> quoted = new ArrayList<>();
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            for (var e = r.next(); e != null; e = r.next()) {
                if (e.isValid() && !e.line().get().category().equals("nosuchcategory")) {
                    valid.add(e.line().get());
                }
                if (e.isValid() && e.line().get().label().startsWith("quoted")) {
                    quoted.add(e.lineNumber());
                }
            }
        }
        assertThat(o.summary().total()).isEqualTo(ENGINE.assess(Inventory.of("inv", valid), OPTIONS).total());
        // the label spans two lines: each next record starts one line further
        assertThat(quoted).hasSizeGreaterThan(3);
        assertThat(o.lines()).anySatisfy(l -> assertThat(l).startsWith(quoted.get(0) + " quoted \"9\"\nsecond line"));
        // unreadable lines (quantity 'abc') and refused ones (unknown category) in the order of their lines
        assertThat(o.problems()).extracting(Problem::line).isSorted();
        assertThat(o.problems()).extracting(Problem::column).containsOnly("quantity", "category");
        assertThat(o.problems()).filteredOn(p -> p.column().equals("category")).hasSize(1);
    }

    @Test
    void engineRefusals_pointAtTheColumnOfTheRefusedField_andAreCountedByKind() throws IOException {
        Path f = dir.resolve("refused.csv");
        Files.writeString(f, "kind,label,category,quantity,zone,purchase_year\n"
                + "device,a,laptop,1,FR,2030\n"           // line 2: bought after the reporting year 2024
                + "device,b,laptop,1,FR,2031\n"           // line 3: the same reason, another value
                + "device,c,laptop,1,FX,2020\n"           // line 4: no grid factor for zone FX
                + "device,d,laptop,1,FR,2020\n", StandardCharsets.UTF_8);
        Outcome o = run(f, 1);
        assertThat(o.problems()).extracting(Problem::line, Problem::column, Problem::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "purchase_year", "2030"),
                org.assertj.core.groups.Tuple.tuple(3L, "purchase_year", "2031"),
                org.assertj.core.groups.Tuple.tuple(4L, "zone", "FX"));
        // reasons without the engine's "line N ('label'): " prefix
        assertThat(o.problems().get(0).reason()).isEqualTo("purchaseYear 2030 is after the reporting year 2024");
        // both purchase years are one kind of refusal: counted together, the value shown as '…'
        assertThat(o.summary().reasons())
                .containsEntry("purchase_year: purchaseYear … is after the reporting year 2024", 2L);
    }

    @Test
    void reasonPattern_masksTheWholeValueWhereverItStands() {
        Problem p = new Problem("f.csv", 3, "category", "lapto", "device category 'lapto' is unknown: no factor with"
                + " key 'device.lapto'; did you mean laptop?");
        // 'laptop' contains the value but is another word: it stays
        assertThat(p.reasonPattern()).isEqualTo("category: device category '…' is unknown: no factor with key"
                + " 'device.…'; did you mean laptop?");
        // a one-digit value does not eat the digits of another number
        assertThat(new Problem("f.csv", 4, "lifetime_years", "5", "lifetimeYears must be below 1950, was 5")
                .reasonPattern()).isEqualTo("lifetime_years: lifetimeYears must be below 1950, was …");
    }

    @Test
    void unreadableBytes_midFile_failTheRun_afterTheLinesReadBefore() throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write("kind,label,category,quantity\n".getBytes(StandardCharsets.UTF_8));
        int before = 0;
        while (b.size() < dev.impact.io.TextInput.SNIFF_BYTES + 300_000) {
            b.write(("device,ok " + before++ + ",laptop,1\n").getBytes(StandardCharsets.UTF_8));
        }
        b.write("device,\u00e9cran,monitor,1\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        for (int i = 0; i < 1000; i++) {
            b.write("device,after,laptop,1\n".getBytes(StandardCharsets.UTF_8));
        }
        Path f = dir.resolve("mixed.csv");
        Files.write(f, b.toByteArray());
        long lastGood = before + 1; // the header is line 1
        for (int threads : new int[] {1, 2, 4}) {
            List<Long> seen = new ArrayList<>();
            try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
                StreamingAssessor s = StreamingAssessor.of(ENGINE, OPTIONS).threads(threads)
                        .lineSink((n, lr) -> seen.add(n));
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.run(r))
                        .isInstanceOf(dev.impact.io.InvalidFileException.class)
                        .hasMessageContaining("mixes encodings");
            }
            // the lines read before the bad bytes went to the sink, in order, none after them
            assertThat(seen).hasSizeGreaterThan(1000).isSorted().last().satisfies(n -> assertThat(n).isLessThanOrEqualTo(lastGood));
            assertThat(seen.get(0)).isEqualTo(2L);
            for (int i = 1; i < seen.size(); i++) {
                assertThat(seen.get(i)).isEqualTo(seen.get(i - 1) + 1);
            }
        }
    }

    @Test
    void aFailingSink_failsTheRun_withoutHanging() throws IOException {
        Path f = file(30_000);
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            int[] calls = {0};
            StreamingAssessor s = StreamingAssessor.of(ENGINE, OPTIONS).threads(2).lineSink((n, lr) -> {
                if (++calls[0] == 5000) {
                    throw new IOException("disk full");
                }
            });
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.run(r))
                    .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("per-line results")
                    .hasRootCauseMessage("disk full");
            assertThat(calls[0]).isEqualTo(5000);
        }
    }

    @Test
    void of_assessor_sameAsEngineAndOptions() throws IOException {
        Path f = file(2_000);
        StreamSummary door;
        StreamSummary engine;
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            door = StreamingAssessor.of(Impact.using(Factors.builtIn()).reportingYear(2024)).run(r).summary();
        }
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            engine = StreamingAssessor.of(ENGINE, OPTIONS).run(r).summary();
        }
        assertThat(door).isEqualTo(engine);
        assertThat(door.linesAssessed()).isGreaterThan(1_000);
        assertThatThrownBy(() -> StreamingAssessor.of((Assessor) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("assessor");
    }

    /** The bundled example, found from the module's directory or the repository's. */
    static Path example() {
        Path p = Path.of("../examples/local-authority.csv");
        return Files.exists(p) ? p : Path.of("examples/local-authority.csv");
    }

    static void assertSameTotals(dev.impact.engine.Totals streamed, dev.impact.engine.Totals expected) {
        assertThat(streamed.lines()).isEqualTo(expected.lines());
        assertThat(streamed.inventoryName()).isEqualTo(expected.inventoryName());
        assertThat(streamed.catalogChecksum()).isEqualTo(expected.catalogChecksum());
        assertThat(streamed.options()).isEqualTo(expected.options());
        assertSameFootprint(streamed.total(), expected.total());
        assertThat(streamed.categories().keySet()).containsExactlyElementsOf(expected.categories().keySet());
        expected.categories().forEach((name, c) -> {
            dev.impact.engine.Totals.CategoryTotal t = streamed.categories().get(name);
            assertThat(t.lines()).as(name).isEqualTo(c.lines());
            assertThat(t.quantity()).as(name).isCloseTo(c.quantity(), org.assertj.core.api.Assertions.within(
                    1e-9 * Math.abs(c.quantity())));
            assertSameFootprint(t.footprint(), c.footprint());
        });
        assertThat(streamed.defaults()).containsExactlyEntriesOf(expected.defaults());
        assertThat(streamed.groups().keySet()).containsExactlyElementsOf(expected.groups().keySet());
        expected.groups().forEach((name, g) -> {
            dev.impact.engine.Totals.GroupTotal t = streamed.groups().get(name);
            assertThat(t.lines()).as(name).isEqualTo(g.lines());
            assertSameFootprint(t.footprint(), g.footprint());
            assertThat(t.categories().keySet()).as(name).containsExactlyElementsOf(g.categories().keySet());
            g.categories().forEach((c, f) -> assertSameFootprint(t.categories().get(c), f));
        });
    }

    /** Indicator by indicator and phase by phase: the same availability, values within 1e-9 (relative). */
    static void assertSameFootprint(dev.impact.measure.Footprint a, dev.impact.measure.Footprint b) {
        for (dev.impact.measure.Indicator i : dev.impact.measure.Indicator.values()) {
            for (dev.impact.measure.Phase p : dev.impact.measure.Phase.values()) {
                assertThat(a.availability(p, i)).as("%s %s", i, p).isEqualTo(b.availability(p, i));
                double x = a.value(p, i);
                double y = b.value(p, i);
                if (Double.isNaN(y)) {
                    assertThat(x).as("%s %s", i, p).isNaN();
                } else {
                    assertThat(x).as("%s %s", i, p).isCloseTo(y, org.assertj.core.api.Assertions.within(
                            1e-9 * Math.abs(y)));
                }
            }
        }
    }

    @Test
    void streamedTotals_equalAssessmentTotals_forTheBundledExample() throws IOException {
        // the expected side: the example read whole and assessed by Engine.assess, then Assessment.totals()
        dev.impact.engine.Totals expected;
        try (InventoryReader r = InventoryFiles.open(example(), ReadOptions.defaults())) {
            List<dev.impact.inventory.InventoryLine> lines = new ArrayList<>();
            for (var e = r.next(); e != null; e = r.next()) {
                lines.add(e.line().orElseThrow());
            }
            expected = ENGINE.assess(Inventory.of(r.name(), lines), OPTIONS).totals();
        }
        // 1 991 lines, each in one category: the categories' lines add up
        assertThat(expected.lines()).isEqualTo(1991);
        for (int threads : new int[] {1, 3}) {
            try (InventoryReader r = InventoryFiles.open(example(), ReadOptions.defaults())) {
                StreamingAssessor.Result res = StreamingAssessor.of(ENGINE, OPTIONS).threads(threads).run(r);
                assertThat(res.assessment()).isEmpty(); // nothing kept by default
                assertSameTotals(res.summary().totals(), expected);
            }
        }
    }

    @Test
    void keepLinesUpTo_returnsTheRunsOwnAssessment_equalToEngineAssess() throws IOException {
        dev.impact.engine.Assessment expected;
        StreamingAssessor.Result res;
        try (InventoryReader r = InventoryFiles.open(example(), ReadOptions.defaults())) {
            res = StreamingAssessor.of(ENGINE, OPTIONS).threads(2).keepLinesUpTo(2000).run(r);
        }
        expected = ENGINE.assess(res.inventory().orElseThrow(), OPTIONS);
        dev.impact.engine.Assessment a = res.assessment().orElseThrow();
        assertThat(a.lines()).hasSize(1991);
        for (int k = 0; k < a.lines().size(); k++) {
            assertThat(a.lines().get(k).footprint()).isEqualTo(expected.lines().get(k).footprint());
            assertThat(a.lines().get(k).factorIds()).isEqualTo(expected.lines().get(k).factorIds());
            assertThat(a.lines().get(k).defaults()).isEqualTo(expected.lines().get(k).defaults());
        }
        assertThat(a.factorIds()).isEqualTo(expected.factorIds());
        assertSameTotals(res.summary().totals(), a.totals());
    }

    @Test
    void keepLinesUpTo_moreLinesThanTheLimit_keepsOnlyTheTotals() throws IOException {
        Path f = file(30_000);
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            StreamingAssessor.Result res = StreamingAssessor.of(ENGINE, OPTIONS).threads(2).keepLinesUpTo(1000)
                    .run(r);
            assertThat(res.assessment()).isEmpty();
            assertThat(res.inventory()).isEmpty();
            assertThat(res.summary().linesAssessed()).isGreaterThan(1000);
        }
    }
}
