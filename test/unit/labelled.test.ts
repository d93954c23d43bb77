// Labelled sets of letters in the development corpus's format, each written blind to the rules
// by another writer and then used to widen them: every letter's exact rule codes, and every
// needy or pushy phrase marked (and nothing else), through the command line as a user runs it.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../../..");
const SETS = join(ROOT, "test/fixtures/labelled");

interface Label { codes: string[]; needy: string[]; pushy: string[]; note: string }
interface Position { line: number; character: number }
interface Result { path: string; diagnostics: { code: string; range: { start: Position; end: Position } }[] }

for (const set of readdirSync(SETS)) describe(`labelled letters, set ${set}`, () => {
  const DIR = join(SETS, set);
  const labels = JSON.parse(readFileSync(join(DIR, "labels.json"), "utf8")) as { now: string; tz: string; letters: Record<string, Label> };
  const run = spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "check", "--format", "json", "--now", labels.now, "."], {
    cwd: DIR, encoding: "utf8", env: { ...process.env, TZ: labels.tz },
  });
  const files = new Map((JSON.parse(run.stdout).files as Result[]).map((f) => [f.path, f]));
  const offset = (text: string, p: Position) => text.split("\n").slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;

  for (const [name, label] of Object.entries(labels.letters)) {
    it(`${name}: ${label.note}`, () => {
      const file = files.get(name);
      assert.ok(file, `${name} was not checked`);
      assert.deepEqual([...new Set(file.diagnostics.map((d) => d.code))].sort(), [...label.codes].sort());
      const text = readFileSync(join(DIR, name), "utf8");
      for (const [kind, code] of [["needy", "needy-phrasing"], ["pushy", "pushy-phrasing"]] as const) {
        const marks = file.diagnostics.filter((d) => d.code === code).map((d) => [offset(text, d.range.start), offset(text, d.range.end)]);
        for (const phrase of label[kind]) {
          const at = text.indexOf(phrase);
          assert.ok(at >= 0, `"${phrase}" is in the letter`);
          assert.ok(marks.some(([s, e]) => s < at + phrase.length && at < e), `${kind} phrase not marked: "${phrase}"`);
        }
        for (const [s, e] of marks) {
          assert.ok(label[kind].some((p) => { const at = text.indexOf(p); return s < at + p.length && at < e; }), `stray ${code} mark: "${text.slice(s, e)}"`);
        }
      }
    });
  }
});
