// make-fixtures.mjs — writes fixtures.csv (next to this file) from co2.js (@tgwf/co2, pinned to 0.19.0).
//
// How to run (Node 18+; needs the npm registry once, for `npm ci`):
//
//   cd impact-core/src/test/resources/co2js && npm ci && node make-fixtures.mjs
//
// Then commit the regenerated fixtures.csv (never node_modules/). The Java tests only READ fixtures.csv:
// Node and co2.js are not needed to build or test impact. The output is deterministic (fixed case order,
// numbers written with JavaScript's shortest round-trip formatting, '\n' line endings, no timestamps), so
// re-running it with the same co2.js version must leave fixtures.csv byte-for-byte unchanged.
//
// What is computed (see README.md for the column meanings and the co2.js quirks captured):
//   - model "1byte": new co2({model: '1byte'}).perByte(bytes, green)          (OneByte has no trace/segments)
//   - model "swd4":  new co2({model: 'swd', version: 4, results: 'segment'})
//                    .perByteTrace(bytes, green, options)                       (segments + grid intensities used)
// Every swd4 total is cross-checked against the plain (unsegmented) perByteTrace/perByte result and against
// a recomputation from the segment values, so a silent change in co2.js makes this script fail.

import { writeFileSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { co2 } from "@tgwf/co2";

const EXPECTED_VERSION = "0.19.0";
const installed = JSON.parse(
  readFileSync(new URL("./node_modules/@tgwf/co2/package.json", import.meta.url), "utf8"),
).version;
if (installed !== EXPECTED_VERSION) {
  throw new Error(`expected @tgwf/co2 ${EXPECTED_VERSION}, found ${installed}; run npm ci`);
}

// SWD v4 global grid intensity (SWDV4.GLOBAL_GRID_INTENSITY in dist/esm/constants/index.js).
const SWD4_GLOBAL = 494;

const BYTES = [
  [1_000_000, "1MB"],
  [1_000_000_000, "1GB"],
  [50_000_000_000, "50GB"],
];

const HEADER = [
  "case", "model", "bytes", "green", "green_hosting_factor",
  "grid_device", "grid_datacenter", "grid_network",
  "total_g", "dc_op_g", "dc_emb_g", "net_op_g", "net_emb_g", "dev_op_g", "dev_emb_g",
];

// JavaScript's Number -> String is the shortest string that round-trips to the same double,
// which Java's Double.parseDouble reads back exactly.
const num = (x) => {
  if (typeof x !== "number" || !Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  return String(x);
};
const opt = (x) => (x === undefined || x === null ? "" : num(x));

function assertClose(label, a, b) {
  const tol = 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Math.abs(a - b) > tol) throw new Error(`${label}: ${a} != ${b}`);
}

const rows = [];

// ---- OneByte ------------------------------------------------------------------------------
const oneByte = new co2({ model: "1byte" });
for (const [bytes, label] of BYTES) {
  for (const green of [false, true]) {
    const total = oneByte.perByte(bytes, green);
    rows.push({
      case: `1byte_${green ? "green" : "grey"}_${label}`,
      model: "1byte",
      bytes,
      green,
      total_g: total,
    });
  }
}

// ---- Sustainable Web Design v4 ------------------------------------------------------------
const swdSeg = new co2({ model: "swd", version: 4, results: "segment" });
const swdPlain = new co2({ model: "swd", version: 4 });

const SWD_CASES = [
  // [name, green, perByteTrace options (null = plain perByte, no options)]
  ["default", false, null],
  ["green", true, null],
  ["ghf0.5", false, { greenHostingFactor: 0.5 }],
  ["FRA", false, { gridIntensity: { device: { country: "FRA" }, dataCenter: { country: "FRA" }, network: { country: "FRA" } } }],
  ["DEU", false, { gridIntensity: { device: { country: "DEU" }, dataCenter: { country: "DEU" }, network: { country: "DEU" } } }],
  ["grid100", false, { gridIntensity: { device: 100, dataCenter: 100, network: 100 } }],
];

for (const [name, green, options] of SWD_CASES) {
  for (const [bytes, label] of BYTES) {
    const trace = swdSeg.perByteTrace(bytes, green, options ?? {});
    const seg = trace.co2;
    const gi = trace.variables.gridIntensity;
    const ghf = trace.variables.greenHostingFactor;

    // Cross-checks: plain (unsegmented) API gives the same total; so does the formula on the segments.
    const plainTotal = options === null
      ? swdPlain.perByte(bytes, green)
      : swdPlain.perByteTrace(bytes, green, options).co2;
    assertClose(`${name} ${label} plain vs segment`, plainTotal, seg.total);
    const recomputed = seg.dataCenterOperationalCO2e * (1 - ghf) + seg.dataCenterEmbodiedCO2e
      + seg.networkOperationalCO2e + seg.networkEmbodiedCO2e
      + seg.consumerDeviceOperationalCO2e + seg.consumerDeviceEmbodiedCO2e;
    assertClose(`${name} ${label} recomputed`, recomputed, seg.total);
    if (options === null) {
      // Default SWD v4: the library uses its fixed global constant for every segment.
      for (const s of ["device", "dataCenter", "network"]) {
        if (gi[s].value !== SWD4_GLOBAL) throw new Error(`unexpected default intensity ${gi[s].value}`);
      }
    }

    rows.push({
      case: `swd4_${name}_${label}`,
      model: "swd4",
      bytes,
      green,
      green_hosting_factor: ghf,
      grid_device: gi.device.value,
      grid_datacenter: gi.dataCenter.value,
      grid_network: gi.network.value,
      total_g: seg.total,
      dc_op_g: seg.dataCenterOperationalCO2e,
      dc_emb_g: seg.dataCenterEmbodiedCO2e,
      net_op_g: seg.networkOperationalCO2e,
      net_emb_g: seg.networkEmbodiedCO2e,
      dev_op_g: seg.consumerDeviceOperationalCO2e,
      dev_emb_g: seg.consumerDeviceEmbodiedCO2e,
    });
  }
}

// ---- write ----------------------------------------------------------------------------------
const lines = [HEADER.join(",")];
for (const r of rows) {
  lines.push([
    r.case,
    r.model,
    BigInt(r.bytes).toString(),
    String(r.green),
    opt(r.green_hosting_factor),
    opt(r.grid_device),
    opt(r.grid_datacenter),
    opt(r.grid_network),
    num(r.total_g),
    opt(r.dc_op_g),
    opt(r.dc_emb_g),
    opt(r.net_op_g),
    opt(r.net_emb_g),
    opt(r.dev_op_g),
    opt(r.dev_emb_g),
  ].join(","));
}
const out = fileURLToPath(new URL("./fixtures.csv", import.meta.url));
writeFileSync(out, lines.join("\n") + "\n", "utf8");
console.log(`wrote ${rows.length} rows to ${out} (co2.js ${installed})`);
