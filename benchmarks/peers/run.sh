#!/usr/bin/env bash
# Times impact's per-item calls against the JavaScript peers' on the same work, in one run, and prints each pair
# with its ratio (peer ns / impact ns). Installs co2.js and CCF core from npm into a temporary folder (needs Node 18+
# and npm), builds the benchmarks jar (in-reactor, nothing installed into ~/.m2), then runs both sides.
# Usage: benchmarks/peers/run.sh [CALLS (1000000)] [ROUNDS (7)]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
calls=${1:-1000000}
rounds=${2:-7}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/package.json" "$here/peers.cjs" "$tmp/"
echo "installing the peers (npm) into $tmp"
(cd "$tmp" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root"/impact-core/src "$root"/benchmarks/src -newer "$jar" -print -quit)" ]; then
  echo "building the benchmarks jar"
  (cd "$root" && mvn -B -ntp -q -pl benchmarks -am package -DskipTests)
fi
grid=$(java -cp "$jar" dev.impact.benchmarks.PeerHarness grid)
echo "machine: $(nproc) cores, $(uname -srm); $(node --version) / $(java -version 2>&1 | head -n 1); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "grid for the cloud rows: impact's zone FR, $grid kgCO2e/kWh (given to CCF for its region)"
(cd "$tmp" && node --no-deprecation peers.cjs "$calls" "$rounds" "$grid") > "$tmp/peers.jsonl"
java -cp "$jar" dev.impact.benchmarks.PeerHarness "$calls" "$rounds" "$tmp/peers.jsonl"
