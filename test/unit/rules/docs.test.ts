// The rule docs: one page per rule whose facts match the metadata, an index generated from
// it, and every documented example run (remark-lint style): bad letters fire their rule,
// good letters are clean.
import { strict as assert } from "node:assert";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RULE_CODES, ruleDocUrl } from "../../../shared/letters";
import { RULES } from "../../../server/engine";
import { factsLine, renderIndex } from "../../../scripts/ruleDocs";
import { check, ROOT } from "./helpers";

const DOCS = join(ROOT, "docs", "rules");

function examples(page: string): { heading: string; text: string }[] {
  const out: { heading: string; text: string }[] = [];
  let heading = "";
  const fence = /^(#{2,4})\s+(.+)$|^```markdown\n([^]*?)^```$/gm;
  for (let m = fence.exec(page); m; m = fence.exec(page)) {
    if (m[2]) heading = m[2].trim().toLowerCase();
    else out.push({ heading, text: m[3] });
  }
  return out;
}

describe("rule docs", () => {
  it("the index is generated from the rule metadata (run node scripts/gen-rule-docs.mjs)", () => {
    assert.equal(readFileSync(join(DOCS, "README.md"), "utf8"), renderIndex());
  });
  it("every rule has a page and every page a rule", () => {
    const pages = readdirSync(DOCS).filter((f) => f.endsWith(".md") && f !== "README.md").map((f) => f.replace(/\.md$/, "")).sort();
    assert.deepEqual(pages, [...RULE_CODES].sort());
    assert.deepEqual(RULES.map((r) => r.code), [...RULE_CODES]);
  });
  for (const rule of RULES) {
    describe(rule.code, () => {
      const file = join(DOCS, `${rule.code}.md`);
      const page = existsSync(file) ? readFileSync(file, "utf8") : "";
      it("its page states the metadata and the doc URL points at it", () => {
        assert.ok(page.startsWith(`# \`${rule.code}\`\n\n${rule.description}\n`), "title and description");
        assert.ok(page.includes(factsLine(rule)), factsLine(rule));
        assert.ok(page.includes(`Default severity: \`${rule.defaultSeverity}\``));
        assert.ok(ruleDocUrl(rule.code).endsWith(`docs/rules/${rule.code}.md`));
        for (const section of ["## What it checks", "## Why", "## Examples", "## Settings"]) assert.ok(page.includes(section), section);
      });
      const found = examples(page);
      it("has a bad and a good example", () => {
        assert.ok(found.some((e) => e.heading === "bad"), "### Bad");
        assert.ok(found.some((e) => e.heading === "good"), "### Good");
      });
      for (const [i, ex] of found.entries()) {
        it(`example ${i + 1} (${ex.heading})`, () => {
          const a = check(ex.text);
          const codes = a.diagnostics.map((d) => `${d.code}: ${a.letter.text.slice(d.start, d.end)}`);
          if (ex.heading === "bad") assert.ok(a.diagnostics.some((d) => d.code === rule.code), `${rule.code} should fire: ${JSON.stringify(codes)}`);
          else if (ex.heading === "good") assert.deepEqual(codes, [], "a good example is clean");
          else throw new Error(`example under "${ex.heading}": put examples under ### Bad or ### Good`);
        });
      }
    });
  }
});
