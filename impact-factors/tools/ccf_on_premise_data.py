#!/usr/bin/env python3
"""Writes dataset 2026.3's CCF on-premise files, and impact-io's CPU table, from Cloud Carbon Footprint's published
on-premise constants (numbers and names as facts; Apache-2.0).

Usage: ccf_on_premise_data.py CCF_GIT_DIR DATA_DIR CPU_TABLE
CCF_GIT_DIR: a clone of github.com/cloud-carbon-footprint/cloud-carbon-footprint (read at commit b7a049c).
Writes DATA_DIR/parameters-ccf-on-premise.csv, DATA_DIR/ccf-on-premise-regions.csv,
DATA_DIR/sources-ccf-on-premise.csv and CPU_TABLE (impact-io's dev/impact/io/ccf/ccf-on-premise-cpus.csv).
"""
import csv, io, re, subprocess, sys

GIT, DATA, CPUS = sys.argv[1], sys.argv[2].rstrip("/") + "/", sys.argv[3]
COMMIT = "b7a049c7d25c0022919ab9010199dd9e77aa4577"
SRC = "ccf-on-premise-b7a049c"
F = "OnPremiseFootprintEstimationConstants.ts"
# CCF's processor names -> impact's microarchitecture names (CloudCompute.microarchitecture)
ARCH = {"CASCADE_LAKE": ("cascade-lake", "Cascade Lake"), "SKYLAKE": ("skylake", "Skylake"),
        "BROADWELL": ("broadwell", "Broadwell"), "HASWELL": ("haswell", "Haswell"),
        "COFFEE_LAKE": ("coffee-lake", "Coffee Lake"), "SANDY_BRIDGE": ("sandy-bridge", "Sandy Bridge"),
        "IVY_BRIDGE": ("ivy-bridge", "Ivy Bridge"), "AMD_EPYC_1ST_GEN": ("epyc-1st-gen", "AMD EPYC 1st Gen"),
        "AMD_EPYC_2ND_GEN": ("epyc-2nd-gen", "AMD EPYC 2nd Gen"), "AMD_EPYC_3RD_GEN": ("epyc-3rd-gen", "AMD EPYC 3rd Gen")}
# CCF's country names -> impact's zones (ours)
ZONES = {"Australia": "AU", "Canada": "CA", "Finland": "FI", "France": "FR", "Germany": "DE", "India": "IN",
         "Ireland": "IE", "Israel": "IL", "Italy": "IT", "Malaysia": "MY", "Poland": "PL", "Romania": "RO",
         "South Korea": "KR", "Spain": "ES", "Sweden": "SE", "Switzerland": "CH", "United Kingdom": "GB",
         "United States": "US", "Unknown": "WORLD"}


def show(path):
    return subprocess.run(["git", "--git-dir", GIT, "show", COMMIT + ":" + path], check=True,
                          capture_output=True, text=True).stdout


def section(text, start, end="}"):
    i = text.index(start)
    return text[i:text.index(end, i)]


def by_processor(text, name):
    return {m.group(1): float(m.group(2)) for m in
            re.finditer(r"\[COMPUTE_PROCESSOR_TYPES\.([A-Z0-9_]+)\]:\s*([0-9.]+)", section(text, name + ":"))}


def scalar(text, name):
    return float(re.search(name + r":\s*([0-9.]+)", text).group(1))


def writer(rows, header):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return out.getvalue()


def fmt(v):
    return ("%.10f" % v).rstrip("0").rstrip(".") if v != int(v) else str(int(v))


const = show("packages/on-premise/src/domain/" + F)
mem, mn, mx = (by_processor(const, n) for n in
               ("MEMORY_BY_COMPUTE_PROCESSOR", "MIN_WATTS_BY_COMPUTE_PROCESSOR", "MAX_WATTS_BY_COMPUTE_PROCESSOR"))
U = "Power = min + utilisation x (max - min), per machine-hour of uptime (CCF counts one machine as one CPU-hour per hour)"
rows = []
for kind, table, what in (("min_watts", mn, "at idle"), ("max_watts", mx, "at 100 % load")):
    key = "MIN_WATTS_BY_COMPUTE_PROCESSOR" if kind == "min_watts" else "MAX_WATTS_BY_COMPUTE_PROCESSOR"
    for p, v in table.items():
        slug, name = ARCH[p]
        rows.append([f"cloud.onprem.cpu.{slug}.{kind}", fmt(v), "W", "WORLD", 2022, SRC, "triangular(low=0.9,high=1.1)",
                     "false", f"Power of a whole on-premise machine {what}, {name} ({F} {key}, from SPECpower results)."
                     f" {U}. spread: our choice, +/-10 % across the SKUs of one microarchitecture"])
for p, v in mem.items():
    slug, name = ARCH[p]
    rows.append([f"cloud.onprem.cpu.{slug}.memory_gb", fmt(v), "GB", "WORLD", 2022, SRC, "triangular(low=0.9,high=1.1)",
                 "false", f"Memory already counted in the {name} machine watts ({F} MEMORY_BY_COMPUTE_PROCESSOR, mean"
                 " over SPECpower results): CCF counts memory energy only for the GB beyond it (OnPremiseCompute)."
                 " spread: our choice, +/-10 %"])


def spread(avg, values):
    return "triangular(low=%.3f,high=%.3f)" % (min(values) / avg, max(values) / avg)


a_min, a_max, a_mem = scalar(const, "MIN_WATTS_AVG"), scalar(const, "MAX_WATTS_AVG"), scalar(const, "MEMORY_AVG")
rows.append(["cloud.onprem.cpu.min_watts", fmt(a_min), "W", "WORLD", 2022, SRC, spread(a_min, mn.values()), "false",
             f"Power of an on-premise machine at idle when its CPU is unknown ({F} MIN_WATTS_AVG). {U}. spread: the"
             f" per-microarchitecture minima range {fmt(min(mn.values()))}-{fmt(max(mn.values()))} W"])
rows.append(["cloud.onprem.cpu.max_watts", fmt(a_max), "W", "WORLD", 2022, SRC, spread(a_max, mx.values()), "false",
             f"Power of an on-premise machine at 100 % load when its CPU is unknown ({F} MAX_WATTS_AVG). {U}. spread:"
             f" the per-microarchitecture maxima range {fmt(min(mx.values()))}-{fmt(max(mx.values()))} W"])
rows.append(["cloud.onprem.cpu.memory_gb", fmt(a_mem), "GB", "WORLD", 2022, SRC, spread(a_mem, mem.values()), "false",
             f"Memory already counted in the machine watts when the CPU is unknown ({F} MEMORY_AVG). spread: the"
             f" per-microarchitecture values range {fmt(min(mem.values()))}-{fmt(max(mem.values()))} GB"])
rows.append(["cloud.onprem.pue", fmt(scalar(const, "PUE_AVG")), "ratio", "WORLD", 2021, SRC,
             "triangular(low=0.95,high=1.05)", "false", f"PUE_AVG in {F}: the Uptime Institute survey average CCF"
             " cites for on-premise data centres (used when a row gives no powerUsageEffectiveness). spread: our"
             " choice of +/-5 %"])
open(DATA + "parameters-ccf-on-premise.csv", "w").write(
    writer(rows, "id,value,unit,zone,year,source,uncertainty,estimate,note".split(",")))

factors = section(const, "ON_PREMISE_EMISSIONS_FACTORS_METRIC_TON_PER_KWH")
rows = []
for m in re.finditer(r"^\s*(?:'([^']+)'|([A-Za-z]+)):\s*([0-9.]+)", factors, re.M):
    name, t = m.group(1) or m.group(2), float(m.group(3))
    slug = name.lower().replace(" ", "-")
    zone = ZONES[name.split("-")[0]]
    extra = (" (US states: CCF takes them from NERC regional factors)" if name.startswith("United States-")
             else " (the mean CCF gives for a country or state it does not list)" if name == "Unknown" else "")
    rows.append([f"cloud.onprem.region.{slug}.{SRC}", f"cloud.onprem.region.{slug}",
                 f"CCF on-premise grid factor, {name}", "kWh", zone, 2022, SRC, "lognormal(gsd=1.2)", "false",
                 f"{F} ON_PREMISE_EMISSIONS_FACTORS_METRIC_TON_PER_KWH['{name}'] = {m.group(3)} t/kWh, x 1000 ="
                 f" kg/kWh{extra}. Vintage not stated by CCF; 2022 is the year of the on-premise package. spread: our"
                 " choice (CCF gives none; grid-factor vintages differ by about 10-20 %)", fmt(round(t * 1000, 12))])
open(DATA + "ccf-on-premise-regions.csv", "w").write(
    writer(rows, "id,key,name,unit,zone,year,source,uncertainty,estimate,note,use.gwp".split(",")))

open(DATA + "sources-ccf-on-premise.csv", "w").write(writer([[
    SRC, "Cloud Carbon Footprint: on-premise estimation constants and emission factors",
    "Thoughtworks / Cloud Carbon Footprint", 2024,
    f"GitHub cloud-carbon-footprint/cloud-carbon-footprint @ {COMMIT} (2024-03-25), packages/on-premise/src/domain/"
    f"{F} and packages/on-premise/src/lib/OnPremiseDataReport.ts (formula); methodology at"
    " microsite/docs/ConnectingData/OnPremise.md", "Apache-2.0; facts only"]],
    "id,title,publisher,year,locator,licence".split(",")))

types = show("packages/on-premise/src/lib/MachineTypes.ts")
intel_part, amd_part = types.split("AMD_COMPUTE_PROCESSOR_FAMILY_MAPPING")
entry = re.compile(r"^\s*(?:'([^']*)'|([A-Za-z0-9_-]+)):\s*\[COMPUTE_PROCESSOR_TYPES\.([A-Z0-9_]+)\],\s*$", re.M)


def table(part):
    return {(m.group(1) if m.group(1) is not None else m.group(2)): ARCH[m.group(3)][0] for m in entry.finditer(part)}


intel, amd = table(intel_part), table(amd_part)
cpu_rows = list(intel.items()) + [(k, v) for k, v in amd.items() if k not in intel]  # CCF looks Intel up first
head = ("# CPU model -> microarchitecture, as Cloud Carbon Footprint's on-premise estimator maps them (facts).\n"
        "# Source: Cloud Carbon Footprint (Thoughtworks), packages/on-premise/src/lib/MachineTypes.ts,\n"
        "# INTEL_COMPUTE_PROCESSOR_FAMILY_MAPPING then AMD_COMPUTE_PROCESSOR_FAMILY_MAPPING (Intel first, as CCF looks\n"
        f"# them up), at commit {COMMIT} (2024-03-25). Licence: Apache-2.0; facts only.\n"
        "# Names are impact's (CloudCompute.microarchitecture): CCF's 'AMD EPYC 2nd Gen' is epyc-2nd-gen.\n"
        "# Written by impact-factors/tools/ccf_on_premise_data.py.\n")
open(CPUS, "w").write(head + writer(cpu_rows, ["series", "microarchitecture"]))
print(len(rows), "regions,", len(cpu_rows), "CPU models")
