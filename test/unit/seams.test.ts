import { strict as assert } from "node:assert";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../../..");

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}
const importsOf = (file: string) =>
  [...readFileSync(join(ROOT, file), "utf8").matchAll(/^\s*(?:import|export)[^'"]*from\s+["']([^"']+)["']|require\(["']([^"']+)["']\)/gm)].map((m) => m[1] ?? m[2]);

describe("architecture seams", () => {
  it("the engine and shared/ import neither vscode nor the LSP libraries", () => {
    const files = [...sources("server/engine"), ...sources("shared")];
    assert.ok(files.length > 20);
    for (const file of files) {
      for (const spec of importsOf(file)) {
        assert.ok(!/^vscode(-languageserver|-languageclient|-jsonrpc)?(\/|$)/.test(spec), `${file} imports ${spec}`);
      }
    }
  });

  it("the engine does no I/O and reads no clock: rules get 'now' from their context", () => {
    for (const file of sources("server/engine")) {
      const text = readFileSync(join(ROOT, file), "utf8");
      for (const spec of importsOf(file)) assert.ok(!/^(node:)?(fs|child_process|net|http|https)$/.test(spec), `${file} imports ${spec}`);
      assert.ok(!/new Date\(\)|Date\.now\(\)/.test(text), `${file} reads the clock`);
    }
  });

  it("the client knows nothing about rules: it imports no engine module", () => {
    for (const file of sources("client")) {
      for (const spec of importsOf(file)) assert.ok(!spec.includes("server/engine"), `${file} imports ${spec}`);
    }
  });
});
