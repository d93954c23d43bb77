// Runs every fixture under test/fixtures/rules: whole letters with their expected codes and
// phrases in front matter, and variant sentences dropped into a template letter.
import { strict as assert } from "node:assert";
import { basename, dirname, relative } from "node:path";
import type { RuleCode } from "../../../shared/letters";
import type { Analysis } from "../../../server/engine";
import { check, codesOf, FIXTURES, fillTemplate, listFiles, readLetterFixture, readVariants, textOf } from "./helpers";

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function spansOf(text: string, phrase: string, from: number) {
  const at = text.indexOf(phrase, from);
  assert.ok(at >= 0, `phrase not in the text: ${phrase}`);
  return { start: at, end: at + phrase.length };
}

/** Every labelled phrase is marked by `code`, and every mark of `code` is on a labelled phrase. */
function assertPhrases(a: Analysis, code: RuleCode, phrases: string[]) {
  const marks = a.diagnostics.filter((d) => d.code === code);
  const spans = phrases.map((p) => spansOf(a.letter.text, p, a.letter.bodyStart));
  for (const [i, s] of spans.entries()) {
    assert.ok(marks.some((m) => overlaps(m, s)), `${code} should mark "${phrases[i]}"; marked: ${JSON.stringify(textOf(a, code))}`);
  }
  for (const m of marks) {
    assert.ok(spans.some((s) => overlaps(m, s)), `${code} marked "${a.letter.text.slice(m.start, m.end)}", which is not a labelled phrase`);
  }
}

describe("rule fixtures: whole letters", () => {
  for (const file of listFiles(FIXTURES, ".md").filter((f) => !f.endsWith(".variants.md") && !f.includes("/templates/"))) {
    it(relative(FIXTURES, file), () => {
      const fx = readLetterFixture(file);
      const a = check(fx.text, fx.expect.settings);
      assert.deepEqual(codesOf(a), [...fx.expect.codes].sort(), JSON.stringify(a.diagnostics.map((d) => [d.code, a.letter.text.slice(d.start, d.end)])));
      assertPhrases(a, "needy-phrasing", fx.expect.needy ?? []);
      assertPhrases(a, "pushy-phrasing", fx.expect.pushy ?? []);
      for (const [code, texts] of Object.entries(fx.expect.exact ?? {})) assert.deepEqual(textOf(a, code as RuleCode), texts, `${code} ranges`);
    });
  }
});

describe("rule fixtures: variant sentences", () => {
  for (const file of listFiles(FIXTURES, ".variants.md")) {
    const code = basename(dirname(file)) as RuleCode;
    describe(relative(FIXTURES, file), () => {
      for (const v of readVariants(file)) {
        it(`${v.heading}: ${v.sentence}`, () => {
          const a = check(fillTemplate(v.template, v.slot, v.sentence));
          const fired = a.diagnostics.some((d) => d.code === code);
          switch (v.heading) {
            case "counts":
              assert.ok(!fired, `${code} fired although the sentence should count`);
              break;
            case "does not count":
              assert.ok(fired, `${code} stayed quiet although the sentence should not count`);
              break;
            case "flagged":
              assert.ok(v.marked.length > 0, "a flagged variant marks its phrase with [[…]]");
              assertPhrases(a, code, v.marked);
              break;
            case "quiet":
              assert.deepEqual(textOf(a, code), [], `${code} should stay quiet`);
              break;
            default:
              throw new Error(`unknown heading "${v.heading}" in ${file}`);
          }
        });
      }
    });
  }
});
