#!/usr/bin/env python3
"""Builds products.csv and parameters-products.csv (dataset 2026.3) from Boavizta's boavizta-data-us.csv.

Usage: git --git-dir=<mirror of Boavizta/environmental-footprint-data> show 61323eb:boavizta-data-us.csv \
         | python3 impact-factors/tools/products-from-boavizta.py <dataset dir>

Kept: the rows of the subcategories that map onto an impact device category (Laptop -> laptop, Desktop ->
desktop-pro, Monitor -> monitor, Smartphone -> smartphone, Tablet -> tablet) that give both gwp_total and
gwp_use_ratio (without the use share the embodied part cannot be separated). Servers are left out: impact assesses
servers bottom-up from their components (ServerFleet). Per row: embodied = gwp_total x (1 - gwp_use_ratio), split
into distribution (gwp_transport_ratio) and end of life (gwp_eol_ratio) when the sheet gives them (both zero is read
as "not split"), the rest in manufacture. The output is a derivative database of an ODbL database: it is offered
under ODbL 1.0 (see ATTRIBUTION.md).
"""
import csv, io, os, re, statistics, sys

COMMIT = "61323eb"
SOURCE = "boavizta-pcf-models-61323eb"
CATEGORIES = {"Laptop": "laptop", "Desktop": "desktop-pro", "Monitor": "monitor", "Smartphone": "smartphone",
              "Tablet": "tablet"}
MONTHS = "january february march april may june july august september october november december".split()


def slug(text):
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.lower())).strip("-")


def year_of(report_date, added):
    m = re.search(r"(19|20)\d\d", report_date or "") or re.search(r"(19|20)\d\d", added or "")
    return int(m.group(0))


def num(s):
    s = (s or "").strip()
    return float(s) if s else None


def fmt(x):
    return ("%.6g" % x)


def main(out_dir):
    rows = list(csv.DictReader(io.StringIO(sys.stdin.read())))
    kept = [r for r in rows if r["subcategory"] in CATEGORIES and num(r["gwp_total"]) and num(r["gwp_use_ratio"]) is not None
            and 0 <= num(r["gwp_use_ratio"]) < 1]
    errors = [num(r["gwp_error_ratio"]) for r in kept if (num(r["gwp_error_ratio"]) or 0) > 0]
    default_error = statistics.median(errors)
    # one row per maker + model: the newest report wins (the compilation repeats a model for several sheets)
    best = {}
    for r in kept:
        key = "product.%s.%s" % (CATEGORIES[r["subcategory"]], slug(r["manufacturer"] + " " + r["name"]))
        y = year_of(r["report_date"], r["added_date"])
        if key not in best or y > best[key][1]:
            best[key] = (r, y)
    factors, params = [], []
    for key in sorted(best):
        r, y = best[key]
        total = num(r["gwp_total"])
        use = num(r["gwp_use_ratio"])
        tr = num(r["gwp_transport_ratio"]) or 0
        eol = num(r["gwp_eol_ratio"]) or 0
        embodied = total * (1 - use)
        split = (tr > 0 or eol > 0) and tr + eol < 1 - use
        dist = total * tr if split else None
        end = total * eol if split else None
        manuf = embodied - (dist or 0) - (end or 0)
        err = num(r["gwp_error_ratio"]) or 0
        if err >= 0.5:
            unc = "lognormal(gsd=%s)" % fmt(1 + err)
            spread = "spread: the sheet's error margin gwp_error_ratio %s is too wide for the half-width of a" \
                     " symmetric spread; read as a lognormal multiplier with gsd 1 + %s" % (fmt(err), fmt(err))
        elif err > 0:
            unc = "uniform(low=%s,high=%s)" % (fmt(1 - err), fmt(1 + err))
            spread = "spread: the sheet's error margin gwp_error_ratio %s taken as the half-width of a uniform" \
                     " multiplier (the compilation does not say whether it is a standard deviation or a percentile)" % fmt(err)
        else:
            unc = "uniform(low=%s,high=%s)" % (fmt(1 - default_error), fmt(1 + default_error))
            spread = "spread: the sheet gives no error margin; the median gwp_error_ratio of the %d kept rows that" \
                     " give one (%s) is used" % (len(errors), fmt(default_error))
        name = "%s %s" % (r["manufacturer"], r["name"])
        note = ("%s product carbon footprint '%s' (%s; %s), via Boavizta boavizta-data-us.csv @%s: gwp_total %s kgCO2e"
                " over %s years, use in %s (%s kWh/year), use ratio %s -> embodied %s x (1 - %s) = %s kgCO2e; %s; %s") % (
            r["manufacturer"], r["name"], r["report_date"] or "undated", r["sources"].split(";")[0].strip(), COMMIT,
            r["gwp_total"], r["lifetime"] or "?", r["use_location"] or "?", r["yearly_tec"] or "?", r["gwp_use_ratio"],
            r["gwp_total"], r["gwp_use_ratio"], fmt(embodied),
            ("transport ratio %s -> distribution %s, end-of-life ratio %s -> end of life %s, manufacture the rest %s"
             % (fmt(tr), fmt(dist), fmt(eol), fmt(end), fmt(manuf))) if split else
            "transport and end of life not given apart by the sheet: the whole embodied part is counted in manufacture",
            spread)
        factors.append([key + "." + SOURCE, key, name, "unit", "WORLD", y, SOURCE, unc, "true", note,
                        fmt(manuf), fmt(dist) if split else "", fmt(end) if split else ""])
        tec = num(r["yearly_tec"])
        if tec and tec > 0:
            params.append([key + ".energy", fmt(tec), "kWh/year", r["use_location"] if len(r["use_location"] or "") == 2
                           and r["use_location"] not in ("WW", "EU") else "WORLD", y, SOURCE,
                           "uniform(low=0.8,high=1.2)", "false",
                           "Manufacturer's typical yearly electricity (yearly_tec) of '%s', as compiled by Boavizta @%s."
                           " spread: our choice of +-20 %%, the sheets' use scenario (TEC test cycle) differs from"
                           " office use" % (name, COMMIT)])
        w = num(r["weight"])
        if w and w > 0:
            params.append([key + ".mass", fmt(w), "kg", "WORLD", y, SOURCE, "uniform(low=0.95,high=1.05)", "false",
                           "Product weight of '%s' from its sheet, as compiled by Boavizta @%s. spread: our choice of"
                           " +-5 %% (configurations)" % (name, COMMIT)])
    with open(os.path.join(out_dir, "products.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "key", "name", "unit", "zone", "year", "source", "uncertainty", "estimate", "note",
                    "manufacture.gwp", "distribution.gwp", "end_of_life.gwp"])
        w.writerows(factors)
    with open(os.path.join(out_dir, "parameters-products.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "value", "unit", "zone", "year", "source", "uncertainty", "estimate", "note"])
        w.writerows(params)
    print("kept %d of %d rows, %d products (%d energy, %d mass parameters); default spread %s from %d rows" % (
        len(kept), len(rows), len(factors), sum(1 for p in params if p[0].endswith(".energy")),
        sum(1 for p in params if p[0].endswith(".mass")), fmt(default_error), len(errors)), file=sys.stderr)


main(sys.argv[1])
