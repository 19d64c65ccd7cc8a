#!/usr/bin/env python3
"""Writes dataset 2026.3's cloud files from Cloud Carbon Footprint's published constants (numbers as facts).

Usage: ccf_cloud_data.py CCF_GIT_DIR OUT_DIR
CCF_GIT_DIR: a clone of github.com/cloud-carbon-footprint/cloud-carbon-footprint (read at commit b7a049c, whose
packages equal npm @cloud-carbon-footprint/aws 0.15.0, azure 1.8.0 and core 0.17.3 file for file).
Writes cloud-regions.csv, cloud-embodied.csv and parameters-cloud.csv; the sources are in sources-cloud.csv.
"""
import csv, io, re, subprocess, sys

GIT, OUT = sys.argv[1], sys.argv[2]
COMMIT = "b7a049c7d25c0022919ab9010199dd9e77aa4577"


def show(path):
    return subprocess.run(["git", "--git-dir", GIT, "show", COMMIT + ":" + path], check=True,
                          capture_output=True, text=True).stdout


def block(text, start):
    """The text of the object literal that follows `start` (balanced braces)."""
    i = text.index(start)
    if start.endswith("{"):
        i += len(start) - 1
    else:
        m = re.compile(r"=\s*\{").search(text, i)
        i = m.end() - 1
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return text[i:j + 1]
    raise ValueError(start)


core = show("packages/core/src/FootprintEstimationConstants.ts")
NERC = {k: float(v) for k, v in re.findall(r"(\w+): ([0-9.]+)", block(core, "US_NERC_REGIONS_EMISSIONS_FACTORS"))}

# --- regions: ISO country of each region (ours, from the provider's published location; CCF maps most to an
# Electricity Maps zone whose first two letters are the country). Countries outside the bundled zones -> WORLD.
ZONES = set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE AR AU BR CA CN IN ID "
            "JP MX RU SA ZA KR TR GB US NO CH IS NZ CL CO CR IL SG AE RS MA EG VN TH MY PH NG KE PK TW HK QA KZ WORLD EU27"
            .split())
MULTI = {"asia1": "asia-northeast1 + asia-northeast2", "eur4": "europe-west4 + europe-north1",
         "nam4": "us-central1 + us-east1", "asia": "the Asian regions", "europe": "the European regions",
         "us": "the US regions"}
AWS_COUNTRY = {"us-east-1": "US", "us-east-2": "US", "us-west-1": "US", "us-west-2": "US", "us-gov-east-1": "US",
               "us-gov-west-1": "US", "af-south-1": "ZA", "ap-east-1": "HK", "ap-south-1": "IN",
               "ap-northeast-3": "JP", "ap-northeast-2": "KR", "ap-southeast-1": "SG", "ap-southeast-2": "AU",
               "ap-southeast-3": "ID", "ap-northeast-1": "JP", "ca-central-1": "CA", "cn-north-1": "CN",
               "cn-northwest-1": "CN", "eu-central-1": "DE", "eu-west-1": "IE", "eu-west-2": "GB",
               "eu-south-1": "IT", "eu-west-3": "FR", "eu-north-1": "SE", "me-south-1": "BH",
               "me-central-1": "AE", "sa-east-1": "BR"}
GCP_COUNTRY = {"us-central1": "US", "us-central2": "US", "us-east1": "US", "us-east4": "US", "us-east5": "US",
               "us-west1": "US", "us-west2": "US", "us-west3": "US", "us-west4": "US", "us-south1": "US",
               "asia-east1": "TW", "asia-east2": "HK", "asia-northeast1": "JP", "asia-northeast2": "JP",
               "asia-northeast3": "KR", "asia-south1": "IN", "asia-south2": "IN", "asia-southeast1": "SG",
               "asia-southeast2": "ID", "australia-southeast1": "AU", "australia-southeast2": "AU",
               "europe-central2": "PL", "europe-north1": "FI", "europe-southwest1": "ES", "europe-west1": "BE",
               "europe-west2": "GB", "europe-west3": "DE", "europe-west4": "NL", "europe-west6": "CH",
               "europe-west8": "IT", "europe-west9": "FR", "northamerica-northeast1": "CA",
               "northamerica-northeast2": "CA", "southamerica-east1": "BR", "southamerica-west1": "CL",
               "asia1": "JP", "eur4": "EU27", "nam4": "US", "asia": "WORLD", "europe": "EU27", "us": "US"}
AZURE_COUNTRY_PREFIX = [("southafrica", "ZA"), ("australia", "AU"), ("apeast", "HK"), ("eastasia", "HK"),
                        ("apsoutheast", "SG"), ("southeastasia", "SG"), ("japan", "JP"), ("korea", "KR"),
                        ("asiapacific", "WORLD"), ("asia", "WORLD"), ("india", "IN"), ("centralindia", "IN"),
                        ("jioindia", "IN"), ("southindia", "IN"), ("westindia", "IN"), ("northeurope", "IE"),
                        ("westeurope", "NL"), ("france", "FR"), ("sweden", "SE"), ("switzerland", "CH"),
                        ("uk", "GB"), ("germany", "DE"), ("norway", "NO"), ("uae", "AE"), ("qatar", "QA"),
                        ("canada", "CA"), ("brazil", "BR"), ("unitedstates", "US")]


def azure_country(name):
    for prefix, c in AZURE_COUNTRY_PREFIX:
        if name.startswith(prefix):
            return c
    if "us" in name:  # eastus, westus2, centraluseuap, northcentralusstage...
        return "US"
    raise ValueError(name)


def ef_table(text, start, names):
    """(region, t/kWh, how) from a CCF emission-factor table; names maps enum members to region names."""
    out = []
    for key, val in re.findall(r"\[([A-Za-z_0-9.]+)\]:\s*([A-Za-z_0-9.]+(?:\.[A-Z]+)?)", block(text, start)):
        region = names(key)
        if val.startswith("US_NERC_REGIONS_EMISSIONS_FACTORS."):
            nerc = val.split(".")[1]
            out.append((region, NERC[nerc], "US NERC region " + nerc + " (core 0.17.3 US_NERC_REGIONS_EMISSIONS_FACTORS."
                        + nerc + ")"))
        else:
            out.append((region, float(val), None))
    return out


aws_regions_ts = show("packages/aws/src/lib/AWSRegions.ts")
aws_enum = dict(re.findall(r"(\w+) = '([^']+)'", block(aws_regions_ts, "export enum AWS_REGIONS {")))
aws = show("packages/aws/src/domain/AwsFootprintEstimationConstants.ts")
aws_ef = ef_table(aws, "AWS_EMISSIONS_FACTORS_METRIC_TON_PER_KWH", lambda k: aws_enum[k.split(".")[1]])

azure_regions_ts = show("packages/azure/src/lib/AzureRegions.ts")
azure_enum = dict(re.findall(r"(\w+): \{\s*name: '([^']+)'", azure_regions_ts))
azure = show("packages/azure/src/domain/AzureFootprintEstimationConstants.ts")
azure_ef = ef_table(azure, "AZURE_EMISSIONS_FACTORS_METRIC_TON_PER_KWH", lambda k: azure_enum[k.split(".")[1]])

gcp_regions_ts = show("packages/gcp/src/lib/GCPRegions.ts")
gcp_enum = {}
for enum in ("GCP_REGIONS", "GCP_DUAL_REGIONS", "GCP_MULTI_REGIONS"):
    for k, v in re.findall(r"(\w+) = '([^']+)'", block(gcp_regions_ts, "export enum " + enum + " {")):
        gcp_enum[enum + "." + k] = v
gcp = show("packages/gcp/src/domain/GcpFootprintEstimationConstants.ts")
grid_part = gcp[gcp.index("just use the Grid emissions factors"):]
gcp_ef = ef_table(grid_part, "return {", lambda k: gcp_enum[k])

SRC = {"aws": "ccf-aws-0.15.0", "azure": "ccf-azure-1.8.0", "gcp": "ccf-gcp-b7a049c"}
YEAR = {"aws": 2022, "azure": 2022, "gcp": 2023}
FILE = {"aws": "AwsFootprintEstimationConstants.ts AWS_EMISSIONS_FACTORS_METRIC_TON_PER_KWH",
        "azure": "AzureFootprintEstimationConstants.ts AZURE_EMISSIONS_FACTORS_METRIC_TON_PER_KWH",
        "gcp": "GcpFootprintEstimationConstants.ts getGCPEmissionsFactors (grid factors, not the carbon-free-energy"
               " adjusted table)"}
NAME = {"aws": "AWS", "azure": "Azure", "gcp": "Google Cloud"}
FACTOR_HEADER = ["id", "key", "name", "unit", "zone", "year", "source", "uncertainty", "estimate", "note"]


def kg(t):
    return repr(round(t * 1000, 12)).rstrip("0").rstrip(".") if "e" not in repr(t * 1000) else "%.12g" % (t * 1000)


rows = []
for p, table in (("aws", aws_ef), ("azure", azure_ef), ("gcp", gcp_ef)):
    seen = set()
    for region, t, how in table:
        r = region.lower()
        if r in seen:
            continue
        seen.add(r)
        if r == "unknown":
            zone = "WORLD"
            note = ("CCF's provider average, used for a region missing from its table (" + FILE[p] + "['Unknown'] = "
                    + repr(t) + " t/kWh, x 1000 = kg/kWh). impact uses it when a cloud line under the CCF convention "
                    "names no region")
            name = "CCF grid factor, " + NAME[p] + ", region unknown (provider average)"
        else:
            country = (AWS_COUNTRY.get(r) if p == "aws" else GCP_COUNTRY.get(r) if p == "gcp" else azure_country(r))
            zone = country if country in ZONES else "WORLD"
            note = (FILE[p] + "['" + region + "'] = " + (how + " = " if how else "") + repr(t)
                    + " t/kWh, x 1000 = kg/kWh. "
                    + ("A dual- or multi-region location: CCF's factor is the sum of the factors of " + MULTI[r]
                       + " (paired in CCF with replication 2 for its storage). " if p == "gcp" and r in MULTI else "")
                    + "Region in " + country
                    + ("" if zone == country else " (not a bundled zone: zone WORLD; the default convention needs the"
                       " line's zone)") + ". spread: our choice (CCF gives none; grid-factor vintages differ by"
                       " about 10-20 %)")
            name = "CCF grid factor, " + NAME[p] + " " + region
        rows.append(["cloud." + p + ".region." + r + "." + SRC[p], "cloud." + p + ".region." + r, name, "kWh", zone,
                     YEAR[p], SRC[p], "lognormal(gsd=1.2)", "false", note, kg(t)])


def write(name, header, rows):
    with open(OUT + "/" + name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(name, len(rows), "rows")


write("cloud-regions.csv", FACTOR_HEADER + ["use.gwp"], rows)

# --- embodied emissions of AWS instance families (CCF: scope3 x hours / lifespan x vCPU / largest vCPU of the family,
# i.e. per vCPU-hour scope3 / (35040 h x largest vCPU); "largest" is the family's last listed size in CCF)
types_ts = show("packages/aws/src/lib/AWSInstanceTypes.ts")
emb = []
for table in ("EC2_INSTANCE_TYPES", "INSTANCE_FAMILY_TO_INSTANCE_TYPE_MAPPING"):
    body = block(types_ts, "export const " + table)
    for fam, sizes in re.findall(r"\n  '?([a-z0-9-]+)'?: \{(.*?)\n  \}", body, re.S):
        entries = {}
        for size, nums in re.findall(r"'?([a-z0-9.-]+)'?: \[([^\]]*)\]", sizes):
            entries[size] = [float(x) for x in nums.split(",")]  # a repeated size: the last value wins, as in JS
        largest = list(entries.values())[-1][0]
        scope3 = {v[2] if table == "EC2_INSTANCE_TYPES" else v[2] for v in entries.values()}
        if len(scope3) != 1:
            print("skipped (scope 3 differs by size):", fam, sorted(scope3), file=sys.stderr)
            continue
        s3 = scope3.pop()
        per = s3 * 1000 / (35040 * largest)
        emb.append(["cloud.aws.family." + fam + ".embodied.ccf-aws-0.15.0", "cloud.aws.family." + fam + ".embodied",
                    "Embodied emissions of an AWS " + fam + " vCPU-hour (CCF)", "vCPU.h", "WORLD", 2021,
                    "ccf-aws-0.15.0", "lognormal(gsd=1.5)", "true",
                    "AWSInstanceTypes.ts " + table + "['" + fam + "']: host scope 3 = " + repr(s3)
                    + " tCO2e, largest size (last listed) " + repr(largest) + " vCPU; CCF allocates scope3 x hours /"
                    " 35040 h x vCPU / largest vCPU, so per vCPU-hour " + repr(s3) + " x 1000 / (35040 x "
                    + repr(largest) + ") = " + "%.9g" % per + " kgCO2e. spread: our choice (Teads dataset, no"
                    " uncertainty published)", "%.9g" % per])
write("cloud-embodied.csv", FACTOR_HEADER + ["manufacture.gwp"], emb)

# --- parameters: per-microarchitecture watts, GCP regional PUE, replication factors not bundled before
ARCH = {"CASCADE_LAKE": "cascade-lake", "SKYLAKE": "skylake", "BROADWELL": "broadwell", "HASWELL": "haswell",
        "COFFEE_LAKE": "coffee-lake", "SANDY_BRIDGE": "sandy-bridge", "IVY_BRIDGE": "ivy-bridge",
        "AMD_EPYC_1ST_GEN": "epyc-1st-gen", "AMD_EPYC_2ND_GEN": "epyc-2nd-gen", "AMD_EPYC_3RD_GEN": "epyc-3rd-gen",
        "AWS_GRAVITON_2": "graviton2"}
PARAM_HEADER = ["id", "value", "unit", "zone", "year", "source", "uncertainty", "estimate", "note"]
params = []
for p, text, tsname in (("aws", aws, "AwsFootprintEstimationConstants.ts"),
                        ("azure", azure, "AzureFootprintEstimationConstants.ts"),
                        ("gcp", gcp, "GcpFootprintEstimationConstants.ts")):
    for which, label in (("MIN", "idle"), ("MAX", "100 % load")):
        for member, val in re.findall(r"COMPUTE_PROCESSOR_TYPES\.(\w+)\]: ([0-9.]+)",
                                      block(text, which + "_WATTS_BY_COMPUTE_PROCESSOR: {")):
            if member not in ARCH:
                continue  # GPUs: watts per GPU, not per vCPU
            params.append(["cloud." + p + ".cpu." + ARCH[member] + "." + which.lower() + "_watts", val, "W/vCPU",
                           "WORLD", 2021, SRC[p], "triangular(low=0.9,high=1.1)", "false",
                           "Power per vCPU at " + label + " of " + member.replace("_", " ").title() + " ("
                           + tsname + " " + which + "_WATTS_BY_COMPUTE_PROCESSOR, from SPECpower results). Power ="
                           " min + utilisation x (max - min). spread: our choice, +/-10 % across the SKUs of one"
                           " microarchitecture"])
for region, pue in re.findall(r"\[GCP_REGIONS\.(\w+)\]: ([0-9.]+)", block(gcp, "PUE_TRAILING_TWELVE_MONTH: {")):
    r = gcp_enum["GCP_REGIONS." + region]
    params.append(["cloud.gcp.region." + r + ".pue", pue, "ratio", "WORLD", 2023, "ccf-gcp-b7a049c",
                   "triangular(low=0.98,high=1.02)", "false",
                   "Trailing-twelve-month PUE of Google's " + r + " data centres (GcpFootprintEstimationConstants.ts"
                   " PUE_TRAILING_TWELVE_MONTH); CCF uses it for the region instead of PUE_AVG 1.1. spread: our"
                   " choice, quarter-to-quarter variation of Google's published PUE"])
REPL = {"aws": {"EFS_ONE_ZONE": "efs-one-zone", "RDS_BACKUP": "rds-backup", "DOCUMENT_DB_BACKUP": "documentdb-backup",
                "DOCUMENT_DB_STORAGE": "documentdb", "ECR_STORAGE": "ecr", "DOCUMENT_ELASTICACHE_BACKUP":
                "elasticache-backup", "SIMPLE_DB": "simpledb"},
        "azure": {"DATABASE_MYSQL": "mysql", "COSMOS_DB": "cosmos-db", "SQL_DB": "sql-db", "REDIS_CACHE": "redis"},
        "gcp": {"CLOUD_FILESTORE": "filestore", "CLOUD_SQL_HIGH_AVAILABILITY": "sql-high-availability",
                "CLOUD_MEMORY_STORE_REDIS": "memorystore-redis", "CLOUD_SPANNER_SINGLE_REGION":
                "spanner-single-region", "CLOUD_SPANNER_MULTI_REGION": "spanner-multi-region",
                "KUBERNETES_ENGINE": "kubernetes-engine"}}
for p, text in (("aws", aws), ("azure", azure), ("gcp", gcp)):
    table = dict(re.findall(r"(\w+): ([0-9.]+)", block(text, "REPLICATION_FACTORS: {")))
    for member, slug in REPL[p].items():
        params.append(["cloud." + p + ".replication." + slug, table[member], "1", "WORLD",
                       2023 if p == "gcp" else 2021, SRC[p], "uniform(low=1,high=1)", "false",
                       "Replication factor applied by CCF to stored bytes (REPLICATION_FACTORS). Definition of the"
                       " estimator, no spread; key " + member])
write("parameters-cloud.csv", PARAM_HEADER, params)
