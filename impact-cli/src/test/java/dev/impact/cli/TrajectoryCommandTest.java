package dev.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact trajectory} on the multi-year example of the README. */
class TrajectoryCommandTest {
    static final Path DIR = CliTest.EXAMPLES.resolve("trajectory");

    @Test
    void readmeCommand_frenchHtml_showsSitesTrajectoryAndLevers(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("trajectoire.html");
        CliTest.Run r = CliTest.run("trajectory", "2019=" + DIR.resolve("ville-2019.csv"),
                "2022=" + DIR.resolve("ville-2022.csv"),
                "2024=" + DIR.resolve("ville-2024.csv"), "--accounting", "amortised", "--target", "2030:50%",
                "--scenario", CliTest.EXAMPLES.resolve("scenario-sobriety.json").toString(), "--draws", "300", "--per", "agent=1400",
                "--format", "html", "--lang", "fr", "-o", out.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("Année par année, et ce qui a changé").contains("Par site ou service")
                .contains("Hôtel de ville").contains("École élémentaire 1")
                .contains("Leviers du scénario « plan de sobriété numérique »").contains("DEEE à venir")
                .contains("comptabilité amortie").contains("<td>2019</td>").contains("par agent en 2024 (pour 1"); // 1 400, narrow space
    }

    @Test
    void badArguments_areUsageErrors() {
        CliTest.Run r = CliTest.run("trajectory", "ville.csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("expected YEAR=FILE (e.g. 2024=fleet.csv), was 'ville.csv'");
        CliTest.Run year = CliTest.run("trajectory", "2024=" + DIR.resolve("ville-2024.csv"), "--year", "2024");
        assertThat(year.err()).contains("--year: each file gives its year (YEAR=FILE)");
        CliTest.Run target = CliTest.run("trajectory", "2024=" + DIR.resolve("ville-2024.csv"), "--target", "2030");
        assertThat(target.err()).contains("--target: expected YEAR:REDUCTION");
    }
}
