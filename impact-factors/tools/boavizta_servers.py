#!/usr/bin/env python3
"""Writes dataset 2026.3's BoaviztAPI server tables (issue 13) from a BoaviztAPI snapshot.

Usage: boavizta_servers.py <boaviztapi git dir> <output data dir>
Reads, at commit 15878f045bf06bc6ed685c7266c39f7e8498ab94 (release 2.4.1):
  boaviztapi/data/crowdsourcing/cpu_specs.csv   -> specs-cpus.csv (server-class rows only, see DATA.md)
  boaviztapi/data/archetypes/server.csv         -> specs-server-archetypes.csv (generic platforms and dellR740)
  boaviztapi/data/crowdsourcing/gpu_specs.csv   -> specs-gpus.csv
  boaviztapi/data/archetypes/components/gpu.csv -> specs-gpus.csv (row gpu.archetype.default)
  boaviztapi/data/factors.yml (block gpu)       -> server-gpu.csv
  boaviztapi/data/factors.yml (block electricity) -> electricity-boaviztapi.csv (zones known to zones.csv)
Only figures are taken (facts); the layout is ours (DATA-FORMAT.md, "specs*.csv").
"""
import csv
import io
import re
import subprocess
import sys

COMMIT = "15878f045bf06bc6ed685c7266c39f7e8498ab94"
SOURCE = "boaviztapi-15878f0"


def read(git_dir, path):
    text = subprocess.run(["git", "--git-dir", git_dir, "show", COMMIT + ":" + path], check=True,
                          capture_output=True, text=True).stdout
    return list(csv.DictReader(io.StringIO(text)))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def num(s):
    """A cell as written by us: '' for none, integers without '.0'."""
    s = (s or "").strip()
    if s == "":
        return ""
    parts = s.split(";")
    out = []
    for p in parts:
        v = float(p)
        out.append(str(int(v)) if v == int(v) else repr(v))
    return ";".join(out)


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def server_class(r):
    return r["model_range"].lower().startswith(("xeon", "epyc")) or r["manufacturer"] not in ("AMD", "Intel", "Apple", "")


def cpus(git_dir, out):
    rows = []
    for r in read(git_dir, "boaviztapi/data/crowdsourcing/cpu_specs.csv"):
        if not server_class(r):
            continue
        tdp, cores, threads, die = num(r["tdp"]), num(r["cores"]), num(r["threads"]), num(r["total_die_size"])
        if not (tdp or cores or die):
            continue
        year = r["release_date"][:4] if re.match(r"\d{4}", r["release_date"] or "") else "2024"
        family = slug(r["code_name"]) or "unknown"
        note = r["name"] + "; " + (r["code_name"] or "no code name") + "; " + r["model_range"]
        if not re.match(r"\d{4}", r["release_date"] or ""):
            note += "; release year not given (2024 assumed)"
        rows.append(["cpu.spec." + family + "." + slug(r["name"]), tdp, cores, threads, die, "WORLD", year, SOURCE,
                     "exact", "false", note])
    write(out + "/specs-cpus.csv", ["id", "tdp:W", "cores:1", "threads:1", "die:mm2", "zone", "year", "source",
                                    "uncertainty", "estimate", "note"], rows)
    return len(rows)


ARCHETYPE_COLUMNS = [  # (our column, BoaviztAPI column, scale)
    ("cpu.units:1", "CPU.units", 1), ("cpu.cores:1", "CPU.core_units", 1),
    ("cpu.die_per_core:mm2", "CPU.die_size_per_core", 1), ("cpu.threads:1", "CPU.threads", 1),
    ("ram.units:1", "RAM.units", 1), ("ram.capacity:GB", "RAM.capacity", 1),
    ("ssd.units:1", "SSD.units", 1), ("ssd.capacity:GB", "SSD.capacity", 1),
    ("hdd.units:1", "HDD.units", 1), ("gpu.units:1", "GPU.units", 1), ("gpu.vram:GB", "GPU.vram", 1),
    ("psu.units:1", "POWER_SUPPLY.units", 1), ("psu.mass:kg", "POWER_SUPPLY.unit_weight", 1),
    ("cpu.load:ratio", "USAGE.time_workload", 0.01), ("lifetime:year", "USAGE.hours_life_time", 1 / 8760),
    ("other_consumption_ratio:ratio", "USAGE.other_consumption_ratio", 1),
]


def scaled(cell, k):
    c = num(cell)
    if c == "":
        return ""
    return ";".join(fmt(float(p) * k) for p in c.split(";"))


def fmt(v):
    v = round(v, 10)
    return str(int(v)) if v == int(v) else repr(v)


def archetypes(git_dir, out):
    rows = []
    for r in read(git_dir, "boaviztapi/data/archetypes/server.csv"):
        if not (r["id"].startswith(("platform_compute", "platform_memory", "platform_ssdstorage",
                                    "platform_hddstorage", "platfom_gpucompute")) or r["id"] == "dellR740"):
            continue
        cells = [scaled(r[col], k) for _, col, k in ARCHETYPE_COLUMNS]
        note = "archetypes/server.csv row " + r["id"] + " (case " + (r["CASE.case_type"] or "rack") + ")"
        if r["GPU.name"]:
            note += "; GPU " + r["GPU.name"]
        if r["CPU.name"]:
            note += "; CPU " + r["CPU.name"]
        rows.append(["server.archetype." + r["id"]] + cells + ["WORLD", "2021", SOURCE, "exact", "false", note])
    write(out + "/specs-server-archetypes.csv", ["id"] + [c for c, _, _ in ARCHETYPE_COLUMNS]
          + ["zone", "year", "source", "uncertainty", "estimate", "note"], rows)
    return len(rows)


def gpus(git_dir, out):
    a = read(git_dir, "boaviztapi/data/archetypes/components/gpu.csv")[0]
    tail = ["WORLD", "2025", SOURCE, "exact", "false"]
    rows = [["gpu.archetype.default", num(a["vram"]), num(a["vram_dies"]), num(a["gpu_surface"]), "",
             num(a["pwb_surface"]), num(a["weight"]), num(a["casing_weight"]), num(a["heatsink_weight"])] + tail
            + ["archetypes/components/gpu.csv row DEFAULT '" + a["name"] + "'; die is the die area before wafer"
               " losses (the model adds them); transport " + a["transport_boat"] + " km by boat, "
               + a["transport_truck"] + " km by truck, " + a["transport_plane"] + " km by plane"]]
    for r in read(git_dir, "boaviztapi/data/crowdsourcing/gpu_specs.csv"):
        rows.append(["gpu.spec." + slug(r["name"]), num(r["vram"]), num(r["number"]), "", num(r["die_surface"]),
                     num(r["pwb_surface"]), num(r["mass"]), num(r["mass_casing"]), num(r["mass_heatsink"])] + tail
                    + [r["name"] + "; die_surface already includes wafer losses (column effective_die); transport "
                       + r["distance_boat"] + "/" + r["distance_truck"] + "/" + r["distance_plane"]
                       + " km boat/truck/plane"])
    write(out + "/specs-gpus.csv", ["id", "vram:GB", "vram_dies:1", "die:mm2", "effective_die:mm2", "pwb:cm2",
                                    "mass:kg", "casing_mass:kg", "heatsink_mass:kg", "zone", "year", "source",
                                    "uncertainty", "estimate", "note"], rows)
    return len(rows)


def factors(git_dir):
    import yaml  # PyYAML
    text = subprocess.run(["git", "--git-dir", git_dir, "show", COMMIT + ":boaviztapi/data/factors.yml"],
                          check=True, capture_output=True, text=True).stdout
    return yaml.safe_load(text)


SPREAD = "spread: BoaviztAPI publishes no uncertainty on its GPU factors; gsd 1.5 is our choice, as for the other" \
         " server component factors"


def gpu_factors(git_dir, out):
    g = factors(git_dir)["gpu"]

    def f(comp, phase):
        e = g[comp][phase]
        return e["gwp"]["impact"], e["adp"]["impact"]

    rows = []
    for comp, key, name, unit in [("casing", "server.gpu.casing", "GPU casing, per kg", "kg"),
                                  ("heatsink", "server.gpu.heatsink", "GPU heatsink, per kg", "kg"),
                                  ("pwb", "server.gpu.pwb", "GPU printed wiring board, per cm2", "cm2"),
                                  ("gpu", "server.gpu.die", "GPU die, per mm2 of wafer used (losses included)", "mm2"),
                                  ("vram", "server.gpu.vram",
                                   "GPU memory dies, per mm2 of wafer used (losses included)", "mm2"),
                                  ("upstream_transport", "server.gpu.upstream",
                                   "GPU upstream transport, per kg of card", "kg")]:
        gw, ad = f(comp, "manufacture")
        rows.append([key + "." + SOURCE, key, name, unit, "WORLD", "2025", SOURCE, "lognormal(gsd=1.5)", "false",
                     "factors.yml gpu.%s.manufacture (gwp %s, adp %s); BoaviztAPI counts it in embedded manufacture."
                     " adpe = BoaviztAPI criterion 'adp' (kg Sb eq). %s" % (comp, gw, ad, SPREAD),
                     gw, ad, "", "", "", ""])
    b, t, p = f("transport_boat", "distribution"), f("transport_truck", "distribution"), \
        f("transport_plane", "distribution")
    gw, ad = 19000 * b[0] + 1000 * t[0], 19000 * b[1] + 1000 * t[1]
    rows.append(["server.gpu.distribution." + SOURCE, "server.gpu.distribution", "GPU distribution, per kg of card",
                 "kg", "WORLD", "2025", SOURCE, "lognormal(gsd=1.5)", "true",
                 "Derived: factors.yml gpu.transport_boat/truck/plane.distribution per km and kg (gwp %s, %s, %s; adp"
                 " %s, %s, %s) times the distances of the DEFAULT GPU archetype and of every gpu_specs.csv row, 19000"
                 " km by boat + 1000 km by truck + 0 km by plane: gwp 19000 x %s + 1000 x %s = %.6g; adp %.6g."
                 " BoaviztAPI adds it to embedded; impact reports it as distribution. %s"
                 % (b[0], t[0], p[0], b[1], t[1], p[1], b[0], t[0], gw, ad, SPREAD),
                 "", "", "%.6g" % gw, "%.6g" % ad, "", ""])
    gw, ad = f("end_of_life", "eol")
    rows.append(["server.gpu.end_of_life." + SOURCE, "server.gpu.end_of_life", "GPU end of life, per kg of card",
                 "kg", "WORLD", "2025", SOURCE, "lognormal(gsd=1.5)", "false",
                 "factors.yml gpu.end_of_life.eol (gwp %s, adp %s); BoaviztAPI adds it to embedded; impact reports it"
                 " as end of life. adpe = BoaviztAPI criterion 'adp' (kg Sb eq). %s" % (gw, ad, SPREAD),
                 "", "", "", "", gw, ad])
    write(out + "/server-gpu.csv", ["id", "key", "name", "unit", "zone", "year", "source", "uncertainty", "estimate",
                                    "note", "manufacture.gwp", "manufacture.adpe", "distribution.gwp",
                                    "distribution.adpe", "end_of_life.gwp", "end_of_life.adpe"], rows)
    return len(rows)


def grid(git_dir, out):
    e = factors(git_dir)["electricity"]
    with open(out + "/zones.csv", encoding="utf-8") as f:
        known = list(csv.DictReader(f))
    alpha2 = {z["alpha3"]: z["code"] for z in known if z["alpha3"]}
    rows = []
    for z, v in e.items():
        code = {"WOR": "WORLD", "EEE": "EUROPE"}.get(z, alpha2.get(z))
        g = v.get("gwp") if isinstance(v, dict) else None
        if code is None or not g or g.get("value") is None:
            continue
        a = v.get("adpe") or {}
        m = re.search(r"\d{4}", str(g.get("reference_year", "")))
        note = "factors.yml electricity.%s: gwp %s (source %s, priority %s, reference year %s)" % (
            z, g["value"], g.get("source"), g.get("priority"), g.get("reference_year"))
        if a.get("value") is not None:
            note += "; adpe %s (%s, %s)" % (a["value"], a.get("source"), a.get("reference_year"))
        note += (". Used only for server lines under the boaviztapi convention. spread: our choice, BoaviztAPI gives"
                 " none for a stated location")
        rows.append(["boaviztapi.electricity.%s.%s" % (code, SOURCE), "boaviztapi.electricity." + code,
                     "Grid electricity %s as BoaviztAPI 2.4.1 uses it" % code, "kWh", code,
                     m.group(0) if m else "2019", SOURCE, "lognormal(gsd=1.2)", "false", note, g["value"],
                     a.get("value", "")])
    write(out + "/electricity-boaviztapi.csv", ["id", "key", "name", "unit", "zone", "year", "source", "uncertainty",
                                                "estimate", "note", "use.gwp", "use.adpe"], rows)
    return len(rows)


if __name__ == "__main__":
    g, o = sys.argv[1], sys.argv[2]
    print("cpus", cpus(g, o), "archetypes", archetypes(g, o), "gpus", gpus(g, o), "gpu factors", gpu_factors(g, o),
          "grid", grid(g, o))
