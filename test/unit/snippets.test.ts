// Every letter snippet, filled in plainly, makes a letter the command line finds nothing wrong with.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { LETTER_KINDS, type LetterKind } from "../../shared/letters";
import { expandSnippet, SNIPPET_FOR_KIND, tabStops, TabStop, type SnippetFile } from "../../client/templates";

const ROOT = (function up(dir: string): string {
  return existsSync(join(dir, "snippets", "markdown.json")) || dirname(dir) === dir ? dir : up(dirname(dir));
})(__dirname);
const snippets = JSON.parse(readFileSync(join(ROOT, "snippets", "markdown.json"), "utf8")) as SnippetFile;
const NOW = "2026-11-26T12:00";

interface CheckOutput { files: { path: string; letter: boolean; diagnostics: { code: string; severity: string; message: string }[] }[] }

function check(dir: string): CheckOutput {
  // exit code 1 means "a warning or an error": the JSON is what we assert on either way
  try {
    return JSON.parse(execFileSync("npm", ["run", "--silent", "followup", "--", "check", "--format", "json", "--now", NOW, dir], { cwd: ROOT, encoding: "utf8" }));
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    if (err.status === 1 && err.stdout) return JSON.parse(err.stdout);
    throw new Error(`followup check failed (${err.status}): ${err.stderr}`);
  }
}

/** Plain values a job seeker would type into the tab stops, per kind. */
const PLAIN: Record<LetterKind, Record<number, string>> = {
  "thank-you": { 1: "Mercy General", 2: "ICU Nurse", 3: "Dr. Alicia Moreno", 4: "2026-11-26", 6: "my eight years of ICU nursing", 7: "Jordan Lee" },
  "status-check": { 1: "Acme Logistics", 2: "Dispatcher", 3: "Sam Ortiz", 4: "2026-11-10", 5: "Jordan Lee" },
  nudge: { 1: "Northwind Schools", 2: "Math Teacher", 3: "Ms. Priya Shah", 4: "2026-11-05", 5: "Jordan Lee" },
  "rejection-reply": { 1: "Globex", 2: "Data Analyst", 3: "Chris Park", 4: "2026-11-25", 5: "Jordan Lee" },
  acceptance: { 1: "Initech", 2: "Support Engineer", 3: "Bill Lumbergh", 4: "2026-11-25", 5: "I will start on Monday, 4 January", 6: "Jordan Lee" },
};

describe("letter snippets", () => {
  it("has one snippet per kind, each with the shared tab stops and a matching kind", () => {
    for (const kind of LETTER_KINDS) {
      const snippet = snippets[SNIPPET_FOR_KIND[kind]];
      assert.ok(snippet, `no snippet for ${kind}`);
      const stops = tabStops(snippet.body);
      for (const n of Object.values(TabStop)) assert.ok(stops.includes(n), `${kind} lacks tab stop $${n}`);
      assert.match(expandSnippet(snippet.body), new RegExp(`^---\\nkind: ${kind}\\n`));
    }
    assert.equal(Object.keys(snippets).length, LETTER_KINDS.length);
  });

  it("expands mirrors, defaults, choices, variables and escapes like the editor", () => {
    const now = new Date(2026, 0, 5, 9, 7);
    assert.equal(expandSnippet(["${1:a} $1 ${2|x,y|} \\$3 $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE ${2}$0"], { now }), "a a x $3 2026-01-05 x");
    assert.equal(expandSnippet("Dear $3, ${3:Ann}", { values: { 3: "Bo" } }), "Dear Bo, Bo");
    assert.equal(expandSnippet("${4:$CURRENT_YEAR}", { now }), "2026");
    assert.equal(expandSnippet("${UNKNOWN_VAR:fallback}"), "fallback");
  });

  it("filled in plainly, every kind draws no diagnostics from `followup check`", function () {
    this.timeout(30000);
    const dir = mkdtempSync(join(tmpdir(), "followup-snippets-"));
    try {
      for (const kind of LETTER_KINDS) {
        let text = expandSnippet(snippets[SNIPPET_FOR_KIND[kind]].body, { values: PLAIN[kind], now: new Date(NOW) });
        assert.doesNotMatch(text, /\$\{?\d/, `${kind}: a tab stop survived expansion`);
        writeFileSync(join(dir, `${kind}.md`), text);
        if (kind === "nudge") {
          // a nudge follows a sent status check in its thread (spec §2): write that one from its snippet too
          text = expandSnippet(snippets[SNIPPET_FOR_KIND["status-check"]].body, { values: PLAIN.nudge }).replace(/^sent:$/m, "sent: 2026-11-20");
          writeFileSync(join(dir, "nudge-status-check.md"), text);
        }
      }
      const out = check(dir);
      assert.equal(out.files.length, LETTER_KINDS.length + 1);
      for (const file of out.files) {
        assert.ok(file.letter, `${file.path} is not read as a letter`);
        assert.deepEqual(file.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`), [], file.path);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("with nothing filled in but the defaults, a thank-you is still a clean letter", function () {
    this.timeout(30000);
    const dir = mkdtempSync(join(tmpdir(), "followup-snippets-"));
    try {
      writeFileSync(join(dir, "thank-you.md"), expandSnippet(snippets[SNIPPET_FOR_KIND["thank-you"]].body, { now: new Date(NOW) }));
      const [file] = check(dir).files;
      assert.deepEqual(file.diagnostics.map((d) => d.code), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
