package dev.impact.io;

import dev.impact.inventory.AiInference;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.ServerFleet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates {@code examples/trajectory/ville-YEAR.csv}: the town of {@link ExampleFleet} as it was in earlier years,
 * each line with its site as its group. The 2024 fleet is the example's; an earlier year Y keeps the lines bought up
 * to Y and, for each line bought after Y, the devices it replaced (the same count, bought {@value #RENEWAL} years
 * before it); usage lines (traffic, storage, cloud, AI) are the same every year. The
 * lines of the server room and the online services are grouped under {@value #IT}. {@code ExampleTrajectoryTest}
 * checks that the committed files are this output.
 *
 * <p>Run: {@code java -cp impact-io/target/test-classes:impact-io/target/classes:impact-core/target/classes
 * dev.impact.io.ExampleTrajectory examples/trajectory}
 */
public final class ExampleTrajectory {
    /** Years between a device and the one that replaced it. */
    static final int RENEWAL = 6;
    static final String IT = "DSI — salle serveurs et services en ligne";
    /** The years generated. */
    static final int[] YEARS = {2019, 2022, 2024};

    private ExampleTrajectory() {
    }

    /** The first year the town's agents use generative AI services (ChatGPT opened in November 2022). */
    static final int GENERATIVE_AI = 2023;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/trajectory");
        Files.createDirectories(dir);
        for (int y : YEARS) {
            Path out = dir.resolve("ville-" + y + ".csv");
            Files.writeString(out, csv(y), StandardCharsets.UTF_8);
            System.out.println("written " + out + " (" + lines(y).size() + " lines)");
        }
    }

    static String csv(int year) {
        return CsvInventory.toCsv(lines(year));
    }

    /** The fleet of {@code year} (2024: the example's, grouped by site). */
    static List<InventoryLine> lines(int year) {
        List<InventoryLine> out = new ArrayList<>();
        for (InventoryLine l : ExampleFleet.lines(true)) {
            InventoryLine g = l.group().isPresent() ? l : group(l);
            if (g instanceof AiInference && year < GENERATIVE_AI) {
                continue; // no generative AI in the town's services before 2023
            }
            if (g instanceof DeviceFleet d && d.purchaseYear().isPresent() && d.purchaseYear().getAsInt() > year) {
                out.add(d.purchaseYear(d.purchaseYear().getAsInt() - RENEWAL));
            } else if (g instanceof ServerFleet s && s.purchaseYear().isPresent()
                    && s.purchaseYear().getAsInt() > year) {
                out.add(s.purchaseYear(s.purchaseYear().getAsInt() - RENEWAL));
            } else {
                out.add(g);
            }
        }
        return out;
    }

    private static InventoryLine group(InventoryLine l) {
        if (l instanceof DeviceFleet d) {
            return d.group(IT);
        }
        if (l instanceof ServerFleet s) {
            return s.group(IT);
        }
        if (l instanceof NetworkTransfer n) {
            return n.group(IT);
        }
        if (l instanceof DataStorage s) {
            return s.group(IT);
        }
        if (l instanceof CloudCompute c) {
            return c.group(IT);
        }
        return ((AiInference) l).group(IT);
    }
}
