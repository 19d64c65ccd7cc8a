#!/usr/bin/env bash
# Rewrites the files and checksums of a dataset's manifest.json after a data file was edited.
# Usage: impact-factors/update-manifest.sh [VERSION]   (default: the newest in versions.txt)
# Keeps the manifest's other fields (version, released, description, sourcePreference) as they are.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data="$here/src/main/resources/dev/impact/factors/data"
version=${1:-$(grep -v '^\s*$' "$data/versions.txt" | tail -n 1)}
dir="$data/$version"
python3 - "$dir" <<'PY'
import hashlib, json, os, sys
d = sys.argv[1]
m = json.load(open(os.path.join(d, "manifest.json"), encoding="utf-8"))
names = sorted(f for f in os.listdir(d) if f.endswith(".csv"))
# sources first, then zones, then the rest: the order the loader needs is by role, but keep it stable
order = lambda n: (0 if n.startswith("sources") else 1 if n == "zones.csv" else 2, n)
m["files"] = [{"name": n, "sha256": hashlib.sha256(open(os.path.join(d, n), "rb").read()).hexdigest()}
              for n in sorted(names, key=order)]
with open(os.path.join(d, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump(m, f, indent=2, ensure_ascii=False)
    f.write("\n")
print("manifest of", os.path.basename(d), "lists", len(m["files"]), "files")
PY
