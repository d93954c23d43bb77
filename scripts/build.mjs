// Bundles the extension, the language server, the command line and the tests with esbuild.
//   node scripts/build.mjs [--watch] [--production]
import * as esbuild from "esbuild";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const watch = process.argv.includes("--watch");
const production = process.argv.includes("--production");

function testEntries(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === "fixtures" ? [] : testEntries(full);
    return /\.ts$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

const common = {
  bundle: true,
  platform: "node",
  target: "node18",
  format: "cjs",
  sourcemap: production ? false : "linked",
  minify: production,
  external: ["vscode"],
  logLevel: "warning",
};

const builds = [
  { ...common, entryPoints: { extension: "client/extension.ts", server: "server/server.ts", cli: "server/cli.ts" }, outdir: "dist" },
];
const tests = testEntries("test");
if (!production && tests.length) {
  rmSync("out", { recursive: true, force: true });
  builds.push({ ...common, entryPoints: tests, outdir: "out/test", outbase: "test", external: ["vscode", "mocha", "playwright-core"] });
}

for (const options of builds) {
  const present = Object.fromEntries(Object.entries(Array.isArray(options.entryPoints) ? Object.fromEntries(options.entryPoints.map((e) => [e, e])) : options.entryPoints).filter(([, f]) => existsSync(f)));
  const entryPoints = Array.isArray(options.entryPoints) ? Object.values(present) : present;
  if (Object.keys(present).length === 0) continue;
  if (watch) await (await esbuild.context({ ...options, entryPoints })).watch();
  else await esbuild.build({ ...options, entryPoints });
}
if (watch) console.log("watching…");
