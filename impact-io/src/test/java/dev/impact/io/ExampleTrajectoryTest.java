package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.InventoryLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed multi-year example is the generator's output, and the local-authority example is unchanged by it. */
class ExampleTrajectoryTest {
    @Test
    void committedFiles_areTheGeneratorsOutput() throws IOException {
        for (int y : ExampleTrajectory.YEARS) {
            Path f = Path.of("../examples/trajectory/ville-" + y + ".csv");
            assertThat(Files.readString(f)).as(f.toString()).isEqualTo(ExampleTrajectory.csv(y));
        }
    }

    @Test
    void earlierYears_keepTheReplacedDevices_andEveryLineHasASite() {
        // the example's 2024 fleet, with its sites as groups: as many lines, every one grouped
        assertThat(ExampleTrajectory.lines(2024)).hasSize(ExampleFleet.lines().size())
                .allSatisfy(l -> assertThat(l.group()).isPresent());
        // in 2022 nothing is bought after 2022, and as many devices are counted
        double devices2024 = 0;
        double devices2022 = 0;
        for (InventoryLine l : ExampleTrajectory.lines(2024)) {
            devices2024 += l instanceof DeviceFleet ? l.quantity() : 0;
        }
        for (InventoryLine l : ExampleTrajectory.lines(2022)) {
            if (l instanceof DeviceFleet d) {
                devices2022 += d.quantity();
                assertThat(d.purchaseYear().orElse(0)).isLessThanOrEqualTo(2022);
            }
        }
        assertThat(devices2022).isEqualTo(devices2024);
    }
}
