// Every fix offered on every fixture letter: it changes nothing outside its edit ranges, it
// leaves tidy prose, and applying it leaves that rule with one finding fewer (markdownlint's
// "fixing leaves nothing fixable" test).
import { strict as assert } from "node:assert";
import { relative } from "node:path";
import { applyEdits, type TextEdit } from "../../../server/engine";
import { check, FIXTURES, fillTemplate, listFiles, readLetterFixture, readVariants } from "./helpers";

function letters(): { name: string; text: string; settings?: Record<string, unknown> }[] {
  const out: { name: string; text: string; settings?: Record<string, unknown> }[] = [];
  for (const file of listFiles(FIXTURES, ".md")) {
    if (file.includes("/templates/")) continue;
    if (file.endsWith(".variants.md")) {
      for (const v of readVariants(file)) out.push({ name: `${relative(FIXTURES, file)}: ${v.sentence}`, text: fillTemplate(v.template, v.slot, v.sentence) });
    } else {
      const fx = readLetterFixture(file);
      out.push({ name: relative(FIXTURES, file), text: fx.text, settings: fx.expect.settings });
    }
  }
  return out;
}

/** The text the edits should give, built without applyEdits: untouched stretches copied as they are. */
function expected(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = "", at = 0;
  for (const e of sorted) {
    assert.ok(e.start >= at, "edits do not overlap");
    assert.ok(e.end <= text.length && e.start <= e.end, "edit lies inside the text");
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The lines an edit touched, in the fixed text. */
function touchedLines(fixed: string, edit: TextEdit, shift: number): string {
  const from = fixed.lastIndexOf("\n", edit.start + shift - 1) + 1;
  let to = fixed.indexOf("\n", edit.start + shift + edit.newText.length);
  if (to < 0) to = fixed.length;
  return fixed.slice(from, to);
}

describe("fixes on every fixture", () => {
  let count = 0;
  for (const { name, text, settings } of letters()) {
    const a = check(text, settings);
    for (const d of a.diagnostics) {
      for (const fix of d.fixes ?? []) {
        count++;
        it(`${name} › ${d.code} › ${fix.title}`, () => {
          const fixed = applyEdits(text, fix.edits);
          assert.equal(fixed, expected(text, fix.edits));
          for (const e of fix.edits) {
            const lines = touchedLines(fixed, e, 0);
            assert.doesNotMatch(lines.replace(/^\s+/, ""), /\S {2,}\S|\s[.,;:!?](?!\w)|\.\.(?!\.)|,[.!?]|^[,.;:]/, `untidy text after the fix: ${JSON.stringify(lines)}`);
          }
          assert.doesNotMatch(fixed, /\n[ \t]*\n[ \t]*\n[ \t]*\S/, "no doubled blank lines");
          const after = check(fixed, settings).diagnostics.filter((x) => x.code === d.code).length;
          const before = a.diagnostics.filter((x) => x.code === d.code).length;
          assert.ok(after < before, `${d.code}: ${before} findings before the fix, ${after} after:\n${fixed}`);
        });
      }
    }
  }
  it("there were fixes to check", () => assert.ok(count > 50, String(count)));
});
