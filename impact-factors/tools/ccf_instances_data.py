#!/usr/bin/env python3
"""Writes dataset 2026.3's CCF GPU watts and GCP/Azure machine-type embodied emissions (numbers as facts).

Usage: ccf_instances_data.py CCF_GIT_DIR OUT_DIR
CCF_GIT_DIR: a clone of github.com/cloud-carbon-footprint/cloud-carbon-footprint, read at commit b7a049c (the
newest, 2024-03-25). Writes parameters-cloud-gpus.csv and cloud-embodied-machine-types.csv; their source,
ccf-b7a049c-instances, is in sources-cloud.csv. Issue 13.
"""
import csv, re, subprocess, sys

GIT, OUT = sys.argv[1], sys.argv[2]
COMMIT = "b7a049c7d25c0022919ab9010199dd9e77aa4577"
SRC = "ccf-b7a049c-instances"
LIFESPAN_H = 35040  # CCF's SERVER_EXPECTED_LIFESPAN, bundled as cloud.server.lifespan


def show(path):
    return subprocess.run(["git", "--git-dir", GIT, "show", COMMIT + ":" + path], check=True,
                          capture_output=True, text=True).stdout


def block(text, start):
    """The text of the object literal that follows `start` (balanced braces)."""
    i = text.index(start)
    i = text.index("{", text.index("=", i) if "=" in text[i:i + 200] and not start.endswith("{") else i)
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return text[i:j + 1]
    raise ValueError(start)


def slug(name):
    """CCF's 'Nvidia Tesla V100' -> nvidia-tesla-v100, Azure's 'D4s v3' -> d4s-v3 (as CloudCompute normalises)."""
    return re.sub(r"[\s_]+", "-", name.strip().lower())


def write(name, header, rows):
    with open(OUT + "/" + name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(name, len(rows), "rows")


def num(x):
    return ("%.9g" % x)


# --- GPU watts (per GPU): the GPU rows of each provider's MIN/MAX_WATTS_BY_COMPUTE_PROCESSOR
types = show("packages/core/src/compute/ComputeProcessorTypes.ts")
enum = dict(re.findall(r"(\w+) = '([^']+)'", block(types, "export enum COMPUTE_PROCESSOR_TYPES {")))
gpu_members = set(re.findall(r"(\w+) = '", types[types.index("// GPU Processors"):types.index("// Unknown")]))
FILES = {"aws": "packages/aws/src/domain/AwsFootprintEstimationConstants.ts",
         "azure": "packages/azure/src/domain/AzureFootprintEstimationConstants.ts",
         "gcp": "packages/gcp/src/domain/GcpFootprintEstimationConstants.ts"}
params = []
for p, path in FILES.items():
    text = show(path)
    watts = {}
    for which in ("MIN", "MAX"):
        for member, val in re.findall(r"COMPUTE_PROCESSOR_TYPES\.(\w+)\]: ([0-9.]+)",
                                      block(text, which + "_WATTS_BY_COMPUTE_PROCESSOR: {")):
            if member in gpu_members:
                watts.setdefault(member, {})[which] = val
    for member, w in watts.items():
        for which, label in (("MIN", "idle"), ("MAX", "100 % load")):
            params.append(["cloud." + p + ".gpu." + slug(enum[member]) + "." + which.lower() + "_watts", w[which],
                           "W", "WORLD", 2021, SRC, "triangular(low=0.9,high=1.1)", "false",
                           "Power of one " + enum[member] + " GPU at " + label + " (" + path.split("/")[-1] + " "
                           + which + "_WATTS_BY_COMPUTE_PROCESSOR, GPU rows). CCF estimates a GPU instance's GPUs as"
                           " GPU-hours x (min + utilisation x (max - min)) / 1000 x PUE kWh, the CPU formula with"
                           " GPU-hours for vCPU-hours. spread: our choice, +/-10 % as for the CPU watts"])
write("parameters-cloud-gpus.csv", ["id", "value", "unit", "zone", "year", "source", "uncertainty", "estimate",
                                    "note"], params)

# --- embodied emissions of GCP machine types and Azure VM sizes, per vCPU-hour:
# CCF: scope3 (t) x instance-hours / 35040 h x vCPU / largest vCPU, with instance-hours = vCPU-hours / vCPU,
# so per vCPU-hour scope3 x 1000 / (35040 x largest vCPU) kg; "largest" is the last listed type of the family/series.
FACTOR_HEADER = ["id", "key", "name", "unit", "zone", "year", "source", "uncertainty", "estimate", "note",
                 "manufacture.gwp"]
rows = {}


def add(p, type_name, where, scope3, largest, name_label):
    key = "cloud." + p + ".type." + slug(type_name) + ".embodied"
    per = scope3 * 1000 / (LIFESPAN_H * largest)
    row = [key + "." + SRC, key, "Embodied emissions of a " + name_label + " " + type_name + " vCPU-hour (CCF)",
           "vCPU.h", "WORLD", 2021, SRC, "lognormal(gsd=1.5)", "true",
           where + ": host scope 3 = " + repr(scope3) + " tCO2e, largest vCPU of its family " + repr(largest)
           + "; CCF allocates scope3 x instance-hours / 35040 h x vCPU / largest vCPU, so per vCPU-hour "
           + repr(scope3) + " x 1000 / (35040 x " + repr(largest) + ") = " + num(per)
           + " kgCO2e. spread: our choice (CCF's Teads-based figures, no uncertainty published)", num(per)]
    if rows.get(key) is not None and rows[key][-1] != row[-1]:
        print("ambiguous, left out:", key, rows[key][-1], row[-1], file=sys.stderr)
        rows[key] = None
    elif key not in rows:
        rows[key] = row


def entries(body):
    """(name, [numbers]) of `'name': [a, b, c]` entries, in order."""
    return [(n1 or n2, [float(x) for x in nums.split(",") if x.strip()])
            for n1, n2, nums in re.findall(r"(?:'([^']+)'|([A-Za-z0-9_]+)):\s*\[([^\]]*)\]", body)]


gcp_types = show("packages/gcp/src/lib/MachineTypes.ts")
fam_body = block(gcp_types, "export const MACHINE_FAMILY_TO_MACHINE_TYPE_MAPPING")
for fam, body in re.findall(r"\n  '([a-z0-9-]+)': \{(.*?)\n  \}", fam_body, re.S):
    es = entries(body)
    largest = es[-1][1][0]
    for t, v in es:
        if "-".join(t.split("-")[:2]) != fam:
            print("not reachable by CCF's family lookup, left out:", t, file=sys.stderr)
            continue
        add("gcp", t, "MachineTypes.ts MACHINE_FAMILY_TO_MACHINE_TYPE_MAPPING['" + fam + "']['" + t + "']",
            v[1], largest, "GCP")
shared = entries(block(gcp_types, "export const MACHINE_FAMILY_SHARED_CORE_TO_MACHINE_TYPE_MAPPING"))
for t, v in shared:
    if t.startswith("e2-") and t != "e2-standard-32":  # the last row is CCF's proxy for a full e2 server
        add("gcp", t, "MachineTypes.ts MACHINE_FAMILY_SHARED_CORE_TO_MACHINE_TYPE_MAPPING['e2']['" + t + "'] (shared"
            " core; largest: CCF's proxy e2-standard-32)", v[1], shared[-1][1][0], "GCP")
n1 = entries(block(gcp_types, "export const N1_SHARED_CORE_MACHINE_FAMILY_TO_MACHINE_TYPE_MAPPING"))
for t, v in n1[:-1]:
    add("gcp", t, "MachineTypes.ts N1_SHARED_CORE_MACHINE_FAMILY_TO_MACHINE_TYPE_MAPPING['" + t + "'] (shared core;"
        " largest: CCF's proxy n1-standard-96)", v[1], n1[-1][1][0], "GCP")

az = show("packages/azure/src/lib/VirtualMachineTypes.ts")
series_body = block(az, "export const VIRTUAL_MACHINE_TYPE_SERIES_MAPPING")
for series, body in re.findall(r"\n  '?([^'\n]+?)'?: \{(.*?)\n  \}", series_body, re.S):
    es = entries(body)
    largest = es[-1][1][0]
    for t, v in es:
        if len(v) < 3:
            continue  # CCF has no embodied figure for it (and estimates none)
        add("azure", t, "VirtualMachineTypes.ts VIRTUAL_MACHINE_TYPE_SERIES_MAPPING['" + series + "']['" + t + "']",
            v[2], largest, "Azure")
for t, v in entries(block(az, "export const VIRTUAL_MACHINE_TYPE_CONSTRAINED_VCPU_CAPABLE_MAPPING")):
    add("azure", t, "VirtualMachineTypes.ts VIRTUAL_MACHINE_TYPE_CONSTRAINED_VCPU_CAPABLE_MAPPING['" + t + "']"
        " (constrained vCPU; largest: its platform vCPUs)", v[3], v[2], "Azure")
write("cloud-embodied-machine-types.csv", FACTOR_HEADER, [r for r in rows.values() if r is not None])

# --- instance type -> CCF's watts per vCPU (its processors' average, or median with Sandy/Ivy Bridge among them)
# and memory GB-hours per vCPU-hour beyond CCF's per-chip baseline (its memory helper), for the CCF convention.
groups = {}
for name, body in re.findall(r"export const (\w+) = \[(.*?)\]", types, re.S):
    groups[name] = re.findall(r"COMPUTE_PROCESSOR_TYPES\.(\w+)", body)


def processors(expr):
    """Processor members of a mapping value: `[COMPUTE_PROCESSOR_TYPES.X, ...]` or a named group."""
    expr = expr.strip()
    if expr.startswith("["):
        return re.findall(r"COMPUTE_PROCESSOR_TYPES\.(\w+)", expr)
    return groups[expr]


def mapping(text, start):
    out = {}
    body = block(text, start)
    for m in re.finditer(r"\n  (?:'([^']+)'|\[SHARED_CORE_PROCESSORS\.(\w+)\]|([A-Za-z0-9_]+)):\s*(\[[^\]]*\]|\w+),",
                         body):
        key = m.group(1) or m.group(2) or m.group(3)
        out[key] = processors(m.group(4))
    return out


def table(text, start):
    return {m: float(v) for m, v in re.findall(r"COMPUTE_PROCESSOR_TYPES\.(\w+)\]: ([0-9.]+)", block(text, start))}


def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def watts(procs, tab):
    """CCF's getWattsByAverageOrMedian; None when a processor has no figure (CCF then falls back to the provider's
    average, as impact does without a row)."""
    vals = [tab.get(p) for p in procs]
    if not vals or any(v is None for v in vals):
        return None, None
    if "SANDY_BRIDGE" in procs or "IVY_BRIDGE" in procs:
        return median(vals), "median"
    return sum(vals) / len(vals), "average"


const = {p: show(path) for p, path in FILES.items()}
mins = {p: table(t, "MIN_WATTS_BY_COMPUTE_PROCESSOR: {") for p, t in const.items()}
maxs = {p: table(t, "MAX_WATTS_BY_COMPUTE_PROCESSOR: {") for p, t in const.items()}
mem_by = {p: table(const[p], "MEMORY_BY_COMPUTE_PROCESSOR: {") for p in ("aws", "azure")}
mem_avg = {p: float(re.search(r"MEMORY_AVG: ([0-9.]+)", const[p]).group(1)) for p in ("aws", "azure")}
PARAM_HEADER = ["id", "value", "unit", "zone", "year", "source", "uncertainty", "estimate", "note"]
out = {}


def put(row):
    if row[0] in out and out[row[0]] is not None and out[row[0]][1] != row[1]:
        print("ambiguous, left out:", row[0], file=sys.stderr)
        out[row[0]] = None
    elif row[0] not in out:
        out[row[0]] = row


def add_watts(p, t, procs, where):
    names = ", ".join(enum[x] for x in procs)
    for which, tab in (("min", mins[p]), ("max", maxs[p])):
        w, how = watts(procs, tab)
        if w is None:
            return
        put(["cloud." + p + ".type." + slug(t) + "." + which + "_watts", num(w), "W/vCPU", "WORLD", 2021, SRC,
             "triangular(low=0.9,high=1.1)", "false",
             "CCF's " + ("idle" if which == "min" else "full-load") + " watts per vCPU of " + t + ": the " + how
             + " of its processors' (" + where + ": " + names + ") " + which.upper()
             + "_WATTS_BY_COMPUTE_PROCESSOR. Used under the CCF convention for a line with this instance type and"
             " no microarchitecture. spread: our choice, as the per-microarchitecture rows"])


def memory_row(p, t, procs, vcpu, mem, largest_vcpu, largest_mem, chips, where):
    vals = [mem_by[p].get(x) for x in procs]
    base = sum(vals) / len(vals) if vals and all(v is not None for v in vals) else mem_avg[p]
    delta = largest_mem / chips - base
    if delta <= 0:
        return
    per = delta * mem / largest_mem / vcpu
    put(["cloud." + p + ".type." + slug(t) + ".memory_gb", num(per), "GB", "WORLD", 2021, SRC,
         "triangular(low=0.8,high=1.2)", "true",
         "GB-hours of memory per vCPU-hour beyond CCF's per-chip baseline, CCF's memory helper for " + t + " ("
         + where + "): chips = ceil(" + repr(largest_vcpu) + " largest vCPU / 96)" + (" (CCF: 2 for this family)"
         if chips == 2 and largest_vcpu <= 96 else "") + " = " + str(chips) + "; (" + repr(largest_mem)
         + " GB largest / " + str(chips) + " - " + num(base) + " GB per chip of its processors) x " + repr(mem)
         + " GB / " + repr(largest_mem) + " GB per instance-hour, / " + repr(vcpu) + " vCPU = " + num(per)
         + ". Used under the CCF convention when the line gives no memoryGbHours. spread: our choice"])


# AWS: EC2_INSTANCE_TYPES family.size; processors by type; burstable types have no memory estimate in CCF
aws_types = show("packages/aws/src/lib/AWSInstanceTypes.ts")
aws_procs = mapping(aws_types, "export const INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING")
burst = set(re.findall(r"'([a-z0-9.]+)':", block(aws_types, "export const BURSTABLE_INSTANCE_BASELINE_UTILIZATION")))
ec2 = block(aws_types, "export const EC2_INSTANCE_TYPES")
for fam, body in re.findall(r"\n  '?([a-z0-9-]+)'?: \{(.*?)\n  \}", ec2, re.S):
    es = {}
    for size, nums in re.findall(r"'?([a-z0-9.-]+)'?: \[([^\]]*)\]", body):
        es[size] = [float(x) for x in nums.split(",")]
    lv, lm = list(es.values())[-1][:2]
    chips = 2 if fam in ("m5zn", "z1d") else -(-int(lv) // 96)
    for size, v in es.items():
        t = fam + "." + size
        procs = aws_procs.get(t, ["UNKNOWN"])
        add_watts("aws", t, procs, "AWSInstanceTypes.ts INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING['" + t + "']")
        if t not in burst:
            memory_row("aws", t, procs, v[0], v[1], lv, lm, chips,
                       "AWSInstanceTypes.ts EC2_INSTANCE_TYPES['" + fam + "']")

# Azure: series sizes with memory; processors by size name
az_procs = mapping(az, "export const INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING")
for series, body in re.findall(r"\n  '?([^'\n]+?)'?: \{(.*?)\n  \}", series_body, re.S):
    es = entries(body)
    lv, lm = es[-1][1][0], es[-1][1][1]
    for t, v in es:
        procs = az_procs.get(t, ["UNKNOWN"])
        add_watts("azure", t, procs, "VirtualMachineTypes.ts INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING['" + t + "']")
        if len(v) >= 2:
            memory_row("azure", t, procs, v[0], v[1], lv, lm, -(-int(lv) // 96),
                       "VirtualMachineTypes.ts VIRTUAL_MACHINE_TYPE_SERIES_MAPPING['" + series + "']")

# GCP: processors by the machine type's shared-core name, else its first two letters (CCF's lookup: n2d-* reads
# 'n2', Cascade Lake); no memory helper (CCF takes GCP's memory from its RAM usage rows)
gcp_procs = mapping(gcp_types, "export const INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING")
shared_names = ["e2-micro", "e2-small", "e2-medium", "f1-micro", "g1-small"]
for key in sorted(k for k in rows if k.startswith("cloud.gcp.type.")):
    t = key[len("cloud.gcp.type."):-len(".embodied")]
    lookup = next((s for s in shared_names if s in t), t[:2])
    if lookup in gcp_procs:
        add_watts("gcp", t, gcp_procs[lookup], "MachineTypes.ts INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING['" + lookup
                  + "'], CCF's lookup by the type's first two letters")
# GPU instance types (AWS, Azure): GPUs per vCPU of the type and which GPU, so that under the CCF convention a line
# with the type adds CCF's GPU compute (GPU-hours = GPUs x instance-hours = vCPU-hours x GPUs / vCPU)
def add_gpus(p, t, count, gpu_procs, vcpu, where):
    if len(gpu_procs) != 1 or gpu_procs[0] not in mins[p]:
        print("GPU not single or without watts, left out:", p, t, gpu_procs, file=sys.stderr)
        return
    g = slug(enum[gpu_procs[0]])
    put(["cloud." + p + ".type." + slug(t) + ".gpu." + g, num(count / vcpu), "1", "WORLD", 2021, SRC,
         "uniform(low=1,high=1)", "false",
         "GPUs per vCPU of " + t + ": " + repr(count) + " " + enum[gpu_procs[0]] + " / " + repr(vcpu) + " vCPU ("
         + where + "). Under the CCF convention a line with this instance type and no gpu adds GPU-hours = vCPU-hours"
         " x this, at CCF's watts of the GPU (cloud." + p + ".gpu." + g + ".*). Definition, no spread"])


aws_gpu_count = {k: float(v) for k, v in re.findall(r"'([a-z0-9.]+)': ([0-9.]+)",
                                                    block(aws_types, "export const GPU_INSTANCES_TYPES"))}
aws_gpu_procs = mapping(aws_types, "export const INSTANCE_TYPE_GPU_PROCESSOR_MAPPING")
aws_vcpu = {}
for fam, body in re.findall(r"\n  '?([a-z0-9-]+)'?: \{(.*?)\n  \}", ec2, re.S):
    for size, nums in re.findall(r"'?([a-z0-9.-]+)'?: \[([^\]]*)\]", body):
        aws_vcpu[fam + "." + size] = float(nums.split(",")[0])
for t, n in aws_gpu_count.items():
    if t in aws_vcpu and t in aws_gpu_procs:
        add_gpus("aws", t, n, aws_gpu_procs[t], aws_vcpu[t], "AWSInstanceTypes.ts GPU_INSTANCES_TYPES['" + t
                 + "'], INSTANCE_TYPE_GPU_PROCESSOR_MAPPING, EC2_INSTANCE_TYPES")
    else:
        print("AWS GPU type without vCPU or GPU, left out:", t, file=sys.stderr)
az_gpu_count = {(a or b): float(v) for a, b, v in re.findall(r"\n  (?:'([^']+)'|([A-Za-z0-9_]+)): ([0-9.]+)",
                                                            block(az, "export const GPU_VIRTUAL_MACHINE_TYPES"))}
az_gpu_procs = mapping(az, "export const GPU_VIRTUAL_MACHINE_TYPE_PROCESSOR_MAPPING")
az_vcpu = {}
for series, body in re.findall(r"\n  '?([^'\n]+?)'?: \{(.*?)\n  \}", series_body, re.S):
    for t, v in entries(body):
        if az_vcpu.get(t, v[0]) != v[0]:
            az_vcpu[t] = None
        else:
            az_vcpu.setdefault(t, v[0])
for t, v in entries(block(az, "export const VIRTUAL_MACHINE_TYPE_CONSTRAINED_VCPU_CAPABLE_MAPPING")):
    if az_vcpu.get(t, v[0]) != v[0]:
        az_vcpu[t] = None
    else:
        az_vcpu.setdefault(t, v[0])  # a constrained size's own vCPUs (its first number)
for t, n in az_gpu_count.items():
    if az_vcpu.get(t) and t in az_gpu_procs:
        add_gpus("azure", t, n, az_gpu_procs[t], az_vcpu[t], "VirtualMachineTypes.ts GPU_VIRTUAL_MACHINE_TYPES['"
                 + t + "'], GPU_VIRTUAL_MACHINE_TYPE_PROCESSOR_MAPPING, VIRTUAL_MACHINE_TYPE_SERIES_MAPPING")
    else:
        print("Azure GPU size without vCPU or GPU, left out:", t, file=sys.stderr)
# vCPUs per AWS and Azure type: CCF's AWS and Azure code passes instance-hours / vCPU as its embodied estimator's
# hours, so its embodied figure is 1/vCPU of its published formula; reproduced under the CCF convention only
for p, vcpus, where in (("aws", aws_vcpu, "AWSInstanceTypes.ts EC2_INSTANCE_TYPES"),
                        ("azure", az_vcpu, "VirtualMachineTypes.ts VIRTUAL_MACHINE_TYPE_SERIES_MAPPING")):
    for t, v in sorted(vcpus.items()):
        if v:
            put(["cloud." + p + ".type." + slug(t) + ".vcpu", num(v), "1", "WORLD", 2021, SRC, "exact", "false",
                 "vCPUs of " + t + " (" + where + "). Used only under the CCF convention: CCF's " + p + " code divides"
                 " the usage (instance-hours) by this count before its embodied estimate, so its embodied emissions"
                 " are 1/" + num(v) + " of its published formula's; impact's default follows the formula"])
write("parameters-cloud-machine-types.csv", PARAM_HEADER, [r for r in out.values() if r is not None])
