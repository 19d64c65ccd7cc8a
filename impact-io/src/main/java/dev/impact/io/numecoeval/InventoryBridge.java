package dev.impact.io.numecoeval;

import dev.impact.factor.FactorCatalog;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.LineRejectedException;
import dev.impact.inventory.ServerFleet;
import dev.impact.io.Problem;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A lot's physical equipment as impact inventory lines, in impact's own conventions: kind and category from the type
 * mapping; the lot's declared internal lifetime as the lifetime, else its purchase and withdrawal years (impact counts
 * whole years), else the catalog's default; the years before and after as second life; the lot's yearly kWh as the use
 * profile (a server's as its average power); the zone from the country (the data centre's for a server in one); the
 * data centre's PUE for servers. Virtual equipment, applications and e-mail have no line of their own.
 */
final class InventoryBridge {
    private InventoryBridge() {
    }

    static Lot.AsInventory convert(Lot lot, FactorCatalog catalog) {
        List<InventoryLine> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (Lot.PhysicalEquipment pe : lot.physicalEquipment()) {
            boolean server = pe.mapping().kind().equals("server");
            Optional<Lot.DataCentre> dc = pe.dataCentre().isEmpty() ? Optional.empty()
                    : lot.dataCentre(pe.dataCentre());
            String country = server && dc.isPresent() && !dc.get().location().isEmpty() ? dc.get().location()
                    : pe.country();
            String column = server && dc.isPresent() && !dc.get().location().isEmpty() ? "localisation"
                    : "paysDUtilisation";
            Optional<String> zone = country.isEmpty() ? Optional.empty() : catalog.zoneCode(country);
            if (!country.isEmpty() && zone.isEmpty()) {
                problems.add(new Problem(pe.origin().file(), pe.origin().line(), column, country, "country '"
                        + country + "' is not a zone of the factor catalog (codes, alpha-3 codes and English or"
                        + " French names are accepted)"));
                continue;
            }
            try {
                lines.add(server ? server(pe, dc, zone) : device(pe, zone));
            } catch (LineRejectedException e) {
                problems.add(new Problem(pe.origin().file(), pe.origin().line(), e.field().orElse(""), e.reason()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(pe.origin().file(), pe.origin().line(), "", e.getMessage()));
            }
        }
        if (!lot.virtualEquipment().isEmpty() || !lot.applications().isEmpty()) {
            notices.add(lot.virtualEquipment().size() + " virtual equipment and " + lot.applications().size()
                    + " applications: shares of their hosts, no lines of their own under impact's conventions");
        }
        if (!lot.emails().isEmpty()) {
            notices.add(lot.emails().size() + " e-mail rows not assessed under impact's conventions (impact has no"
                    + " e-mail line kind)");
        }
        return new Lot.AsInventory(Inventory.of(lot.name(), lines), problems, notices);
    }

    private static DeviceFleet device(Lot.PhysicalEquipment pe, Optional<String> zone) {
        DeviceFleet d = DeviceFleet.of(pe.mapping().category(), pe.quantity()).label(pe.name());
        if (!pe.entity().isEmpty()) {
            d = d.group(pe.entity());
        }
        if (zone.isPresent()) {
            d = d.zone(zone.get());
        }
        if (!Double.isNaN(pe.annualKWh())) {
            d = d.energyKWhPerYear(pe.annualKWh());
        } else if (!Double.isNaN(pe.mapping().kWhPerYear())) {
            d = d.energyKWhPerYear(pe.mapping().kWhPerYear());
        }
        double before = Double.isNaN(pe.upstreamYears()) ? 0 : pe.upstreamYears();
        double after = Double.isNaN(pe.downstreamYears()) ? 0 : pe.downstreamYears();
        if (before > 0 || after > 0) {
            d = d.secondLife(before, after);
        }
        if (!Double.isNaN(pe.internalLifetimeYears())) {
            d = d.lifetimeYears(pe.internalLifetimeYears());
        }
        if (pe.purchaseDate().isPresent()) {
            int bought = pe.purchaseDate().get().getYear();
            d = d.purchaseYear(bought);
            if (pe.withdrawalDate().isPresent() && Double.isNaN(pe.internalLifetimeYears())) {
                int out = pe.withdrawalDate().get().getYear();
                d = out > bought ? d.retirementYear(out)
                        : d.lifetimeYears(ChronoUnit.DAYS.between(pe.purchaseDate().get(), pe.withdrawalDate().get())
                        / 365.0);
            }
        }
        return d;
    }

    private static ServerFleet server(Lot.PhysicalEquipment pe, Optional<Lot.DataCentre> dc, Optional<String> zone) {
        ServerFleet s = ServerFleet.of(pe.quantity()).label(pe.name());
        if (!pe.entity().isEmpty()) {
            s = s.group(pe.entity());
        }
        if (zone.isPresent()) {
            s = s.zone(zone.get());
        }
        if (dc.isPresent() && !Double.isNaN(dc.get().pue())) {
            s = s.pue(dc.get().pue());
        }
        if (!Double.isNaN(pe.annualKWh()) && pe.annualKWh() > 0) {
            s = s.averagePowerWatts(pe.annualKWh() * 1000.0 / 8760.0);
        }
        if (!Double.isNaN(pe.internalLifetimeYears())) {
            s = s.lifetimeYears(pe.internalLifetimeYears() + (Double.isNaN(pe.upstreamYears()) ? 0
                    : pe.upstreamYears()) + (Double.isNaN(pe.downstreamYears()) ? 0 : pe.downstreamYears()));
        }
        if (pe.purchaseDate().isPresent()) {
            int bought = pe.purchaseDate().get().getYear();
            s = s.purchaseYear(bought);
            if (pe.withdrawalDate().isPresent() && Double.isNaN(pe.internalLifetimeYears())) {
                int out = pe.withdrawalDate().get().getYear();
                s = out > bought ? s.retirementYear(out)
                        : s.lifetimeYears(ChronoUnit.DAYS.between(pe.purchaseDate().get(), pe.withdrawalDate().get())
                        / 365.0);
            }
        }
        return s;
    }
}
