#!/usr/bin/env node
// Writes docs/rules/README.md from the rule metadata; with --check, exits 1 when it has drifted.
//   node scripts/gen-rule-docs.mjs [--check]
import * as esbuild from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(join(tmpdir(), "rule-docs-"));
const outfile = join(dir, "ruleDocs.cjs");
try {
  await esbuild.build({ entryPoints: [join(root, "scripts/ruleDocs.ts")], bundle: true, platform: "node", format: "cjs", outfile, logLevel: "warning" });
  const { renderIndex } = createRequire(import.meta.url)(outfile);
  const target = join(root, "docs/rules/README.md");
  const want = renderIndex();
  if (process.argv.includes("--check")) {
    const have = existsSync(target) ? readFileSync(target, "utf8") : "";
    if (have !== want) {
      console.error("docs/rules/README.md is out of date: run node scripts/gen-rule-docs.mjs");
      process.exitCode = 1;
    }
  } else {
    writeFileSync(target, want);
    console.log("wrote docs/rules/README.md");
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
