// The property tests of issue 5, longer and with a fresh seed: `npm run fuzz [-- RUNS_SCALE [SEED]]`.
// Builds the tests, then runs test/unit/properties.test.ts with FUZZ_RUNS × its CI case counts.
import { spawnSync } from "node:child_process";

const scale = process.argv[2] ?? process.env.FUZZ_RUNS ?? "20";
const seed = process.argv[3] ?? process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: seed ${seed}, ${scale}× the CI case counts (re-run a failure with: npm run fuzz -- ${scale} ${seed})`);

const run = (args, env = {}) => spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
if (run(["scripts/build.mjs"]) !== 0) process.exit(1);
process.exit(run(["node_modules/mocha/bin/mocha.js", "out/test/unit/properties.test.js"], { FUZZ_RUNS: scale, FUZZ_SEED: seed, TZ: process.env.TZ ?? "UTC" }));
