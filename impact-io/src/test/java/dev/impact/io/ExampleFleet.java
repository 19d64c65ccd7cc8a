package dev.impact.io;

import dev.impact.inventory.AiInference;
import dev.impact.inventory.AiTask;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.ServerFleet;
import dev.impact.inventory.StorageMedium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates {@code examples/local-authority.csv}: the IT fleet of a French town of ~60 000 inhabitants (≈ 1 400
 * agents, 30 schools), one line per site × equipment × purchase year, with a fixed seed so the file is
 * reproducible. Counts follow the sites' sizes (log-normal spread), purchases spread over 2016–2024 with more recent
 * years weighted up, some refurbished phones and laptops, measured switch energy, servers by configuration,
 * storage, traffic, cloud and AI lines. {@code ExampleFleetTest} checks that the committed file is this output.
 *
 * <p>Run: {@code java -cp impact-io/target/test-classes:impact-io/target/classes:impact-core/target/classes
 * dev.impact.io.ExampleFleet examples/local-authority.csv}
 */
public final class ExampleFleet {
    private static final long SEED = 20240601L;

    private ExampleFleet() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "examples/local-authority.csv");
        Files.writeString(out, csv(), StandardCharsets.UTF_8);
        System.out.println("written " + out + " (" + lines().size() + " lines)");
    }

    /** The CSV text. */
    public static String csv() {
        return CsvInventory.toCsv(lines());
    }

    private record Site(String name, int agents, boolean school, boolean publicAccess) {
    }

    /** The inventory lines (the site in each label, no group). */
    public static List<InventoryLine> lines() {
        return lines(false);
    }

    /** The site of each line as its group ({@code grouped}), or in its label. */
    private static boolean grouped;

    /**
     * The inventory lines, with each line's site as its group and labels without the site when {@code byGroup}
     * (the multi-year example), else the site in each label (examples/local-authority.csv).
     */
    public static synchronized List<InventoryLine> lines(boolean byGroup) {
        grouped = byGroup;
        Random r = new Random(SEED);
        List<Site> sites = new ArrayList<>();
        sites.add(new Site("Hôtel de ville", 420, false, true));
        sites.add(new Site("Centre administratif", 310, false, true));
        sites.add(new Site("Centre technique municipal", 160, false, false));
        sites.add(new Site("Police municipale", 70, false, true));
        sites.add(new Site("Médiathèque centrale", 55, false, true));
        sites.add(new Site("Conservatoire", 60, false, true));
        sites.add(new Site("CCAS", 80, false, true));
        String[] small = {"Mairie annexe Nord", "Mairie annexe Sud", "Médiathèque Est", "Piscine", "Maison des"
                + " associations", "Centre social", "Musée", "Archives municipales", "Gymnase Jean Moulin",
                "Crèche Les Lutins", "Crèche Arc-en-ciel", "Crèche Les Petits Pas", "Maison de quartier Centre",
                "Maison de quartier Gare", "Office de tourisme", "Cimetière", "Serres municipales", "Théâtre"};
        for (String s : small) {
            sites.add(new Site(s, 4 + (int) Math.round(Math.exp(r.nextGaussian() * 0.6 + 2.4)), false,
                    r.nextDouble() < 0.6));
        }
        for (int i = 1; i <= 18; i++) {
            sites.add(new Site("École élémentaire " + i, 12 + r.nextInt(14), true, false));
        }
        for (int i = 1; i <= 12; i++) {
            sites.add(new Site("École maternelle " + i, 6 + r.nextInt(8), true, false));
        }
        List<InventoryLine> lines = new ArrayList<>();
        for (Site s : sites) {
            site(r, s, lines);
        }
        datacentre(r, lines);
        return lines;
    }

    private static int year(Random r) {
        // purchases weighted towards recent years (renewal policy of 5 years, catching up since 2021)
        double u = r.nextDouble();
        return 2024 - (int) Math.floor(-Math.log(1 - u * 0.97) * 2.6) % 9;
    }

    private static double spread(Random r, double mean) {
        return Math.max(1, Math.round(mean * Math.exp(r.nextGaussian() * 0.35 - 0.06)));
    }

    /** Spreads {@code total} units of one category over purchase years, one line per year. */
    private static void byYear(Random r, List<InventoryLine> out, String site, String label, String category,
                               double total, java.util.function.UnaryOperator<DeviceFleet> tweak) {
        if (total < 1) {
            return;
        }
        int[] perYear = new int[9];
        for (int i = 0; i < total; i++) {
            perYear[2024 - year(r)]++;
        }
        for (int k = perYear.length - 1; k >= 0; k--) {
            if (perYear[k] > 0) {
                DeviceFleet d = DeviceFleet.of(category, perYear[k]).label(site + " — " + label)
                        .purchaseYear(2024 - k);
                out.add(at(site, label, tweak.apply(d)));
            }
        }
    }

    private static void site(Random r, Site s, List<InventoryLine> out) {
        String n = s.name();
        double agents = s.agents();
        if (s.school()) {
            byYear(r, out, n, "postes enseignants", "laptop", spread(r, agents * 0.9), d -> d.lifetimeYears(6));
            byYear(r, out, n, "tablettes élèves", "tablet", spread(r, agents * 7), d -> d.lifetimeYears(4)
                    .power(5, 3));
            byYear(r, out, n, "écrans numériques interactifs", "tv", spread(r, agents * 0.7), d -> d.power(180, 5));
            byYear(r, out, n, "ordinateurs de la direction", "desktop-pro", spread(r, 2), d -> d);
            add(out, n, DeviceFleet.of("printer-mfp", spread(r, 2)).label(n + " — copieurs"));
            add(out, n, DeviceFleet.of("wifi-access-point", spread(r, agents / 3)).label(n + " — bornes Wi-Fi"));
            add(out, n, DeviceFleet.of("switch", spread(r, 2)).label(n + " — switchs").energyKWhPerYear(180)
                    .lifetimeYears(8));
            add(out, n, DeviceFleet.of("internet-box", 1).label(n + " — box fibre"));
            add(out, n, NetworkTransfer.ofGb(spread(r, agents * 180)).kind(NetworkKind.FIXED).label(n
                    + " — trafic internet"));
            return;
        }
        double laptopShare = 0.45 + r.nextDouble() * 0.3;
        byYear(r, out, n, "portables des agents", "laptop", spread(r, agents * laptopShare), d -> d);
        byYear(r, out, n, "portables reconditionnés", "laptop", spread(r, agents * 0.05), d -> d.refurbished()
                .lifetimeYears(4));
        byYear(r, out, n, "postes fixes", "desktop-pro", spread(r, agents * (1 - laptopShare) * 0.9), d -> d);
        if (s.publicAccess()) {
            byYear(r, out, n, "postes en libre accès", "desktop-personal", spread(r, 4 + agents * 0.04), d -> d
                    .power(45, 7));
            add(out, n, DeviceFleet.of("thin-client", spread(r, 3)).label(n + " — bornes d'accueil"));
        }
        byYear(r, out, n, "écrans 24 pouces", "monitor", spread(r, agents * 1.1), d -> d);
        byYear(r, out, n, "écrans 27 pouces", "monitor-large", spread(r, agents * 0.15), d -> d);
        byYear(r, out, n, "smartphones", "smartphone", spread(r, agents * 0.45), d -> d.lifetimeYears(3));
        byYear(r, out, n, "smartphones reconditionnés", "smartphone", spread(r, agents * 0.12), d -> d.refurbished());
        add(out, n, DeviceFleet.of("ip-phone", spread(r, agents * 0.8)).label(n + " — téléphones IP"));
        add(out, n, DeviceFleet.of("printer-mfp", spread(r, 1 + agents / 25)).label(n + " — multifonctions"));
        if (r.nextDouble() < 0.5) {
            add(out, n, DeviceFleet.of("printer-laser", spread(r, 1 + agents / 40)).label(n + " — imprimantes laser"));
        }
        add(out, n, DeviceFleet.of("switch", spread(r, 1 + agents / 24)).label(n + " — switchs d'étage")
                .energyKWhPerYear(263).lifetimeYears(8));
        add(out, n, DeviceFleet.of("wifi-access-point", spread(r, 1 + agents / 15)).label(n + " — bornes Wi-Fi"));
        add(out, n, DeviceFleet.of("keyboard", spread(r, agents)).label(n + " — claviers"));
        byYear(r, out, n, "disques durs externes", "external-hdd", spread(r, agents * 0.1), d -> d);
        byYear(r, out, n, "clés USB", "usb-key", spread(r, agents * 0.3), d -> d.lifetimeYears(3));
        add(out, n, DeviceFleet.of("mouse", spread(r, agents)).label(n + " — souris"));
        if (agents > 50) {
            add(out, n, DeviceFleet.of("firewall", 1).label(n + " — pare-feu de site"));
        }
        add(out, n, NetworkTransfer.ofGb(spread(r, agents * 260)).kind(NetworkKind.FIXED).label(n
                + " — trafic internet"));
        add(out, n, NetworkTransfer.ofGb(spread(r, agents * 0.45 * 40)).kind(NetworkKind.MOBILE).label(n
                + " — données mobiles"));
    }

    /** Adds {@code line} of {@code site}: its group and a label without the site when grouped. */
    private static void add(List<InventoryLine> out, String site, InventoryLine line) {
        String prefix = site + " — ";
        String label = line.label().startsWith(prefix) ? line.label().substring(prefix.length()) : line.label();
        out.add(at(site, label, line));
    }

    private static InventoryLine at(String site, String label, InventoryLine line) {
        if (!grouped) {
            return line;
        }
        if (line instanceof DeviceFleet d) {
            return d.label(label).group(site);
        }
        if (line instanceof NetworkTransfer n) {
            return n.label(label).group(site);
        }
        throw new IllegalArgumentException("no site for " + line);
    }

    private static void datacentre(Random r, List<InventoryLine> out) {
        String dc = "Salle serveurs";
        out.add(ServerFleet.of(8).label(dc + " — hyperviseurs").cpu(2, 24).ram(16, 32).ssd(4, 1920).load(0.35)
                .lifetimeYears(6).purchaseYear(2021).pue(1.8));
        out.add(ServerFleet.of(4).label(dc + " — hyperviseurs (ancienne génération)").cpu(2, 12).ram(12, 16)
                .hdd(6).load(0.2).lifetimeYears(8).purchaseYear(2017).pue(1.8));
        out.add(ServerFleet.of(2).label(dc + " — sauvegarde").cpu(1, 16).ram(8, 32).hdd(12).load(0.1)
                .lifetimeYears(7).purchaseYear(2020).pue(1.8));
        out.add(ServerFleet.of(3).label(dc + " — serveurs de fichiers").cpu(1, 8).ram(4, 16).ssd(2, 960).hdd(8)
                .averagePowerWatts(210).lifetimeYears(7).purchaseYear(2019).pue(1.8));
        out.add(ServerFleet.of(2).label("Salle de secours — réplication").cpu(2, 16).ram(12, 32).ssd(4, 960)
                .load(0.15).lifetimeYears(6).purchaseYear(2022).pue(2.1));
        out.add(DeviceFleet.of("storage-bay", 2).label(dc + " — baies de stockage").purchaseYear(2021)
                .lifetimeYears(7));
        out.add(DeviceFleet.of("switch", 6).label(dc + " — switchs de cœur").energyKWhPerYear(1300)
                .lifetimeYears(8).purchaseYear(2020));
        out.add(DeviceFleet.of("firewall", 2).label(dc + " — pare-feu").purchaseYear(2022));
        out.add(DeviceFleet.of("router", 2).label(dc + " — routeurs").energyKWhPerYear(200).purchaseYear(2019));
        out.add(DataStorage.ofTbYears(95).medium(StorageMedium.HDD).replication(2).pue(1.8)
                .label("Partages de fichiers et sauvegardes"));
        out.add(DataStorage.ofTbYears(22).medium(StorageMedium.SSD).replication(2).pue(1.8)
                .label("Bases de données métier"));
        out.add(DataStorage.ofGbMonths(4_800_000).label("Messagerie hébergée (cloud)"));
        out.add(CloudCompute.of("azure", 70_080).utilisation(0.25).memoryGbHours(280_000).zone("FR")
                .label("Applications métier en SaaS / IaaS"));
        // AI (issue 20): Le Chat by Mistral's own published figure, an agents' survey of summaries (the catalog's
        // default model size), generated images and a translation API counted in tokens (Mistral Small 3.1: 24 B)
        out.add(AiInference.ofRequests(180_000).model("mistral-large-2")
                .label("Assistant conversationnel des agents (Le Chat)"));
        out.add(AiInference.survey(60, 1, 200, AiTask.SUMMARY).label("Synthèse de documents (enquête agents)"));
        out.add(AiInference.ofImages(1_500).label("Visuels de communication générés"));
        out.add(AiInference.ofTokens(3_000_000).inputTokens(3_500_000).parameters(24, 24)
                .label("Traduction automatique par API"));
        out.add(NetworkTransfer.ofGb(spread(r, 95_000)).kind(NetworkKind.FIXED).label(dc
                + " — trafic des services en ligne"));
    }
}
