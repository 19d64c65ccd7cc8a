// Times the JavaScript peers' per-item calls, as benchmarks/peers/run.sh runs them: each call on a fresh input
// (the amount varies with the call's index, so nothing is constant-folded), its result summed (so nothing is
// dead code), `calls` calls per round after `calls` warm-up calls, the median of `rounds` rounds in ns per call.
// Prints one JSON object per line: {"work": ..., "peer": ..., "nsPerCall": ..., "check": <result for the check input>}.
// Usage: node peers.cjs <calls> <rounds> <grid kgCO2e/kWh for the cloud region>
'use strict';
const { co2 } = require('@tgwf/co2');
const core = require('@cloud-carbon-footprint/core');
const ComputeEstimator = core.ComputeEstimator;
const StorageEstimator = core.StorageEstimator;

const calls = Number(process.argv[2] || 1000000);
const rounds = Number(process.argv[3] || 7);
const gridKgPerKWh = Number(process.argv[4] || 0.05);
const now = () => process.hrtime.bigint();

function time(work, peer, call, check) {
  let sink = 0;
  for (let i = 0; i < calls; i++) sink += call(i);           // warm-up
  const perRound = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = now();
    for (let i = 0; i < calls; i++) sink += call(i);
    perRound.push(Number(now() - t0) / calls);
  }
  perRound.sort((a, b) => a - b);
  if (!Number.isFinite(sink)) throw new Error('non-finite sum for ' + work);
  console.log(JSON.stringify({ work, peer, nsPerCall: perRound[rounds >> 1], check: check() }));
}

// co2.js: grams CO2e for a transfer in bytes, not green-hosted, its default (global) grid intensity
const swd = new co2({ model: 'swd', version: 4 });
const oneByte = new co2({ model: '1byte' });
const GB = 1e9;
time('swd-v4', 'co2.js 0.19.0 co2({model:"swd",version:4}).perByte', (i) => swd.perByte(1e6 + i, false),
  () => swd.perByte(GB, false) / 1000);                      // kg for one GB
time('onebyte', 'co2.js 0.19.0 co2({model:"1byte"}).perByte', (i) => oneByte.perByte(1e6 + i, false),
  () => oneByte.perByte(GB, false) / 1000);

// CCF core 1.0.0: one usage row per call, as a billing-row estimate does (AWS constants: min 0.74 W, max 3.5 W per
// vCPU, PUE 1.135, 50 % CPU; SSD 1.2 Wh per TB-hour; grid given in metric tonnes per kWh)
const region = 'eu-west-3';
const factors = { [region]: gridKgPerKWh / 1000 };
const compute = new ComputeEstimator();
const computeConstants = { minWatts: 0.74, maxWatts: 3.5, powerUsageEffectiveness: 1.135, replicationFactor: 1 };
const ts = new Date('2024-01-01T00:00:00Z');
time('ccf-compute', 'CCF core 1.0.0 ComputeEstimator.estimate', (i) =>
  compute.estimate([{ timestamp: ts, cpuUtilizationAverage: 50, vCpuHours: 1 + i * 1e-6, usesAverageCPUConstant: true }],
    region, factors, computeConstants)[0].co2e,
  () => compute.estimate([{ timestamp: ts, cpuUtilizationAverage: 50, vCpuHours: 1000, usesAverageCPUConstant: true }],
    region, factors, computeConstants)[0].co2e * 1000);      // kg for 1 000 vCPU-hours
const ssd = new StorageEstimator(1.2);
const storageConstants = { powerUsageEffectiveness: 1.135, replicationFactor: 1 };
time('ccf-storage', 'CCF core 1.0.0 StorageEstimator(1.2 Wh/TBh).estimate', (i) =>
  ssd.estimate([{ timestamp: ts, terabyteHours: 1 + i * 1e-6 }], region, factors, storageConstants)[0].co2e,
  () => ssd.estimate([{ timestamp: ts, terabyteHours: 8760 }], region, factors, storageConstants)[0].co2e * 1000);
