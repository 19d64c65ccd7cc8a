// make-grid-parameters.mjs: writes impact-factors' parameters-co2js.csv (dataset 2026.3) from co2.js's own data.
//
//   cd benchmarks/peers/co2js && npm install && node make-grid-parameters.mjs
//
// For every zone of the dataset's zones.csv, co2.js's bundled Ember annual average intensity (averageIntensity.data,
// dist/esm/data/average-intensities.min.js) under the zone's ISO alpha-3 code (WORLD, EU for EU27, EUROPE), as the
// parameter co2js.grid.<ZONE> in g/kWh: the grid data the CO2JS convention uses. Plus the SWD v3 constants
// (dist/esm/constants/index.js). Values are copied as co2.js holds them (facts); the output is deterministic.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { averageIntensity } from "@tgwf/co2";

const VERSION = "0.19.0";
const installed = JSON.parse(readFileSync(new URL("./node_modules/@tgwf/co2/package.json", import.meta.url), "utf8")).version;
if (installed !== VERSION) throw new Error(`expected @tgwf/co2 ${VERSION}, found ${installed}`);

const data = new URL("../../../impact-factors/src/main/resources/dev/impact/factors/data/2026.3/", import.meta.url);
const zones = readFileSync(new URL("zones.csv", data), "utf8").trim().split("\n").slice(1)
  .map((l) => l.split(",")).map(([code, alpha3]) => [code, alpha3]);
const KEY = { WORLD: "WORLD", EU27: "EU", EUROPE: "EUROPE" };
const SRC = "co2js-0.19.0-average-intensities";
const rows = ["id,value,unit,zone,year,source,uncertainty,estimate,note"];
for (const [code, alpha3] of zones) {
  const key = alpha3 || KEY[code];
  const v = averageIntensity.data[key];
  if (typeof v !== "number") throw new Error(`co2.js has no intensity for ${code} (${key})`);
  rows.push([`co2js.grid.${code}`, String(v), "g/kWh", code, "2024", SRC, "lognormal(gsd=1.1)", "false",
    `"co2.js ${VERSION} dist/esm/data/average-intensities.min.js data[""${key}""] (Ember annual average, life-cycle, `
    + `climate change only; data year 2024 for most zones). The grid intensity co2.js uses for gridIntensity `
    + `{country:'${key}'}; the CO2JS convention uses it for SWD lines in zone ${code}."`].join(","));
}
const sw3 = [
  ["swd3.energy", "0.81", "kWh/GB", "KWH_PER_GB: energy per GB transferred, all segments"],
  ["swd3.share.device", "0.52", "ratio", "END_USER_DEVICE_ENERGY: share of the energy used by end-user devices"],
  ["swd3.share.network", "0.14", "ratio", "NETWORK_ENERGY: share of the energy used by networks"],
  ["swd3.share.datacenter", "0.15", "ratio", "DATACENTER_ENERGY: share of the energy used by data centres"],
  ["swd3.share.production", "0.19", "ratio", "PRODUCTION_ENERGY: share for the production of the equipment (embodied)"],
  ["swd3.grid.global", String(averageIntensity.data.WORLD), "g/kWh", "GLOBAL_GRID_INTENSITY = averageIntensity.data.WORLD: the default intensity of every segment and always that of production (moves with each co2.js data release; 442 in older releases)"],
  ["swd3.grid.renewables", "50", "g/kWh", "RENEWABLES_GRID_INTENSITY: the data-centre intensity when the host is green"],
  ["swd3.visit.first", "0.75", "ratio", "FIRST_TIME_VIEWING_PERCENTAGE: share of visits that load the page uncached (SWD v3 per-visit default)"],
  ["swd3.visit.returning", "0.25", "ratio", "RETURNING_VISITOR_PERCENTAGE: share of returning visits (SWD v3 per-visit default)"],
  ["swd3.visit.reload", "0.02", "ratio", "PERCENTAGE_OF_DATA_LOADED_ON_SUBSEQUENT_LOAD: share of the page a returning visit loads again (SWD v3 per-visit default)"],
];
for (const [id, v, unit, what] of sw3) {
  rows.push([id, v, unit, "WORLD", "2023", "swd-v3-2023", "\"uniform(low=1,high=1)\"", "false",
    `"${what}. co2.js ${VERSION} dist/esm/constants/index.js. Fixed convention of the model."`].join(","));
}
const out = fileURLToPath(new URL("parameters-co2js.csv", data));
writeFileSync(out, rows.join("\n") + "\n", "utf8");
console.log(`wrote ${rows.length - 1} rows to ${out}`);
