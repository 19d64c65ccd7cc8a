// make-parity-fixtures.mjs: runs co2.js (@tgwf/co2 0.19.0) on the cases of impact's co2.js parity test and writes
// their results to impact-factors/src/test/resources/co2js/parity.json, which Co2jsParityTest reads (Node is not
// needed to run the tests).
//
//   cd benchmarks/peers/co2js && npm install && node make-parity-fixtures.mjs
//
// Deterministic: fixed case order, numbers in JavaScript's shortest round-trip form, no timestamps.
// Each case records the co2.js call (model, version, method, bytes, green, trace options) and co2.js's output:
// total grams, the segment values (results: 'segment') and the rating (rating: true) where the model has them.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { co2 } from "@tgwf/co2";

const VERSION = "0.19.0";
const installed = JSON.parse(readFileSync(new URL("./node_modules/@tgwf/co2/package.json", import.meta.url), "utf8")).version;
if (installed !== VERSION) throw new Error(`expected @tgwf/co2 ${VERSION}, found ${installed}`);
console.warn = () => {}; // co2.js warns on every perVisitTrace call without all options; the values are unaffected

const ZONES = ["FRA", "DEU", "USA", "SWE", "GBR", "CHN", "IND", "BRA", "POL", "NOR"];
const cases = [];
const seg = (v) => Object.fromEntries(Object.entries(v).filter(([k, x]) => typeof x === "number"));

function run(name, model, version, method, bytes, green, options) {
  const opts = { model };
  if (version) opts.version = version;
  const plain = new co2(opts);
  const call = (c, m) => (options === null ? c[m](bytes, green) : c[`${m}Trace`](bytes, green, options).co2);
  const total = call(plain, method);
  const c = { case: name, model, version: version ?? null, method, bytes, green, options };
  c.total_g = total;
  if (model === "swd") {
    const s = call(new co2({ ...opts, results: "segment", rating: true }), method);
    if (Math.abs(s.total - total) > 1e-12 * Math.max(1, total)) throw new Error(`${name}: segment total differs`);
    c.segments_g = seg(s);
    c.rating = s.rating;
  }
  cases.push(c);
}

const allCountry = (iso3) => ({ gridIntensity: { device: { country: iso3 }, dataCenter: { country: iso3 }, network: { country: iso3 } } });
for (const version of [4, 3]) {
  const v = `swd${version}`;
  run(`${v}_perByte_default_1GB`, "swd", version, "perByte", 1e9, false, null);
  run(`${v}_perByte_green_1GB`, "swd", version, "perByte", 1e9, true, null);
  run(`${v}_perByte_zero`, "swd", version, "perByte", 0, false, null);
  for (const z of ZONES) {
    run(`${v}_perByte_${z}_1GB`, "swd", version, "perByte", 1e9, false, allCountry(z));
    run(`${v}_perByte_${z}_green_3MB`, "swd", version, "perByte", 3e6, true, allCountry(z));
  }
  run(`${v}_perByte_WORLD_2GB`, "swd", version, "perByte", 2e9, false, allCountry("WORLD"));
  run(`${v}_perByte_mixed_1GB`, "swd", version, "perByte", 1e9, false,
    { gridIntensity: { device: { country: "FRA" }, dataCenter: 100, network: { country: "DEU" } } });
  run(`${v}_perByte_dcOnly_1GB`, "swd", version, "perByte", 1e9, false, { gridIntensity: { dataCenter: { country: "SWE" } } });
  run(`${v}_perByte_numbers_green_1GB`, "swd", version, "perByte", 1e9, true,
    { gridIntensity: { device: 300, dataCenter: 20, network: 0 } });
  // per visit: defaults, own shares, a green host, a country
  run(`${v}_perVisit_default_2MB`, "swd", version, "perVisit", 2e6, false, null);
  run(`${v}_perVisit_shares_2MB`, "swd", version, "perVisit", 2e6, false,
    { firstVisitPercentage: 0.6, returnVisitPercentage: 0.4, dataReloadRatio: 0.1 });
  run(`${v}_perVisit_shares_green_FRA_1MB`, "swd", version, "perVisit", 1e6, true,
    { firstVisitPercentage: 0.8, returnVisitPercentage: 0.2, dataReloadRatio: 0.5, ...allCountry("FRA") });
  // ratings across the letter bands (per visit, default shares, global grid)
  for (const kb of [50, 120, 250, 450, 650, 850, 1100, 1500, 2500, 5000]) {
    run(`${v}_perVisit_rating_${kb}kB`, "swd", version, "perVisit", kb * 1000, false, null);
  }
}
run("swd4_perByte_ghf0.3_DEU_1GB", "swd", 4, "perByte", 1e9, false, { greenHostingFactor: 0.3, ...allCountry("DEU") });
for (const green of [false, true]) {
  run(`1byte_${green ? "green" : "grey"}_1GB`, "1byte", null, "perByte", 1e9, green, null);
}
run("1byte_zero", "1byte", null, "perByte", 0, false, null);

const out = fileURLToPath(new URL("../../../impact-factors/src/test/resources/co2js/parity.json", import.meta.url));
mkdirSync(new URL("../../../impact-factors/src/test/resources/co2js/", import.meta.url), { recursive: true });
writeFileSync(out, JSON.stringify({ co2js: installed, cases }, null, 1) + "\n", "utf8");
console.log(`wrote ${cases.length} cases to ${out} (co2.js ${installed})`);
