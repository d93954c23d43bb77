// Property-based tests (issue 5): generated letters and random edits. Seeded and bounded here;
// `npm run fuzz` runs the same properties longer with a fresh seed (FUZZ_RUNS, FUZZ_SEED).
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyzeText, applyEdits, type Analysis, type Diagnostic, type Fix } from "../../server/engine";
import { resolveSettings } from "../../shared/settings";
import { letterArb, editsArb, spliceAll } from "../fixtures/hostile/generators";

const SEED = Number(process.env.FUZZ_SEED ?? 5);
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const NOW = new Date("2026-11-26T12:00:00Z");
const settings = resolveSettings({ timeZone: "UTC", needyPhrases: ["blue umbrella", "(a+)+$"], pushyPhrases: ["ASAP!!"] });
const analyze = (text: string): Analysis => analyzeText(text, { settings, now: NOW });
const params = (runs: number) => ({ seed: SEED, numRuns: Math.max(1, Math.round(runs * SCALE)) });

let cases = 0;
const started = Date.now();

function assertInBounds(text: string, a: Analysis) {
  for (const d of a.diagnostics) {
    assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `${d.code} ${d.start}-${d.end} outside 0-${text.length}`);
    assert.doesNotMatch(d.message, /check failed on this file/);
    for (const f of d.fixes ?? []) for (const e of f.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${d.code} fix ${f.title} ${e.start}-${e.end}`);
  }
}

/** What a diagnostic says, without the fixes' closures of text: enough to compare two runs. */
const shape = (a: Analysis) => a.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, start: d.start, end: d.end, fixes: d.fixes }));

/** Every character outside the edits' ranges is still there, in order, with nothing between. */
function assertOnlyEditsChanged(before: string, after: string, fix: Fix) {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  let at = 0;
  let cursor = 0;
  for (const e of edits) {
    const keep = before.slice(cursor, e.start);
    assert.equal(after.slice(at, at + keep.length), keep, `"${fix.title}" changed text before ${e.start}`);
    at += keep.length;
    assert.equal(after.slice(at, at + e.newText.length), e.newText);
    at += e.newText.length;
    cursor = e.end;
  }
  assert.equal(after.slice(at), before.slice(cursor), `"${fix.title}" changed text after its last edit`);
}

/** How often the same finding (code and message) is offered the same fix. */
const offered = (a: Analysis, d: Diagnostic, title: string) => a.diagnostics.filter((x) => x.code === d.code && x.message === d.message && (x.fixes ?? []).some((f) => f.title === title)).length;

describe("properties of generated letters", function () {
  this.timeout(300_000);
  after(() => console.log(`      ${cases} generated cases in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED}, scale ${SCALE})`));

  it("never throws and keeps every range and fix inside the text", () => {
    fc.assert(
      fc.property(letterArb, (text) => {
        cases++;
        assertInBounds(text, analyze(text));
      }),
      params(2000),
    );
  });

  it("gives the same diagnostics whether the text arrived whole or by incremental edits", () => {
    fc.assert(
      fc.property(letterArb.chain((text) => fc.tuple(fc.constant(text), editsArb(text))), ([text, edits]) => {
        cases++;
        // The editor's way: LSP ranges in UTF-16 positions, applied one by one.
        const doc = TextDocument.create("file:///letter.md", "markdown", 1, text);
        let version = 1;
        let plain = text;
        for (const e of edits) {
          const range = { start: doc.positionAt(e.start), end: doc.positionAt(e.end) };
          TextDocument.update(doc, [{ range, text: e.text }], ++version);
          plain = spliceAll(plain, [e]);
          assert.equal(doc.getText(), plain);
        }
        assert.equal(spliceAll(text, edits), plain);
        const incremental = analyze(doc.getText());
        assertInBounds(plain, incremental);
        assert.deepEqual(shape(incremental), shape(analyze(plain)));
      }),
      params(800),
    );
  });

  it("applies any offered fix without touching text outside its edits, keeps line endings, and makes progress", () => {
    fc.assert(
      fc.property(letterArb, (text) => {
        cases++;
        const before = analyze(text);
        const crlf = text.includes("\r\n") && !/(?<!\r)\n/.test(text);
        for (const d of before.diagnostics) {
          for (const fix of d.fixes ?? []) {
            const after = applyEdits(text, fix.edits);
            assertOnlyEditsChanged(text, after, fix);
            if (crlf) for (const e of fix.edits) assert.doesNotMatch(e.newText, /(?<!\r)\n/, `"${fix.title}" inserts a bare \\n into a CRLF letter`);
            // Applying it again: re-analyse and re-apply while still offered. Each round must
            // resolve its finding, so nothing is ever inserted twice for the same finding. (A
            // different finding may appear: removing a paragraph can turn an indented block
            // that followed it from code into prose.)
            const again = analyze(after);
            assertInBounds(after, again);
            assert.ok(
              offered(again, d, fix.title) < offered(before, d, fix.title),
              `"${fix.title}" (${d.code}) is still offered as often after applying it:\n${JSON.stringify(after)}`,
            );
            for (const e of fix.edits.filter((x) => x.newText.trim().length >= 12)) {
              const count = (s: string) => s.split(e.newText.trim()).length - 1;
              const next = again.diagnostics.find((x) => x.code === d.code)?.fixes?.find((f) => f.title === fix.title);
              if (next) assert.ok(count(applyEdits(after, next.edits)) <= count(after) + 1);
            }
          }
        }
      }),
      // found by `npm run fuzz`: right after the greeting, the added thanks was read as the sign-off
      {
        ...params(400),
        examples: [
          ["---\nkind: acceptance\n---\nDear Sam Lee,\n"],
          ["---\nkind: thank-you\n---\nSam,\n"],
          ["---\nkind: thank-you\ncompany: Acme\nrole: Designer\ninterviewer: Sam Lee\ninterviewed: 2026-11-24\n---\nDear Sam Lee,\n\n1. Thank you for your time yesterday.\n\nPlease give me a chance!\n\n    I'm not sure I'm qualified.\n\nBest regards,\nAlex\n"],
        ],
      },
    );
  });
});


