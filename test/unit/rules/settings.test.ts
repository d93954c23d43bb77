// Settings the rules read (severity, off, literal phrases, word limits) and inline
// followup-disable comments, markdownlint style.
import { strict as assert } from "node:assert";
import { check, codesOf, textOf } from "./helpers";

const LETTER = (body: string) =>
  "---\nkind: status-check\ncompany: Corner Grocer\nrole: Stock Clerk\ninterviewer: Ms. Park\ninterviewed: 2026-11-11\npromised: 2026-11-18\nsent: 2026-11-23T10:00:00Z\n---\n" + body;
const BODY = "Hello Ms. Park,\n\nI really need this job. Why haven't you replied?\n\nRegards,\nGavin\n";

describe("rule settings", () => {
  it("a rule's severity can be changed", () => {
    const a = check(LETTER(BODY), { rules: { "needy-phrasing": "error", "pushy-phrasing": "hint" } });
    assert.deepEqual(a.diagnostics.map((d) => [d.code, d.severity]), [["needy-phrasing", "error"], ["pushy-phrasing", "hint"]]);
  });
  it("a rule can be turned off, and 'default' keeps the default", () => {
    const a = check(LETTER(BODY), { rules: { "needy-phrasing": "off", "pushy-phrasing": "default" } });
    assert.deepEqual(a.diagnostics.map((d) => [d.code, d.severity]), [["pushy-phrasing", "warning"]]);
  });
  it("extra phrases are literal, case-insensitive, whole words, one finding each", () => {
    const a = check(LETTER("Hello Ms. Park,\n\nI am Super Keen. I am superkeen. Circling back on the role.\n\nGavin\n"), {
      needyPhrases: ["super keen"],
      pushyPhrases: ["circling back"],
    });
    assert.deepEqual(textOf(a, "needy-phrasing"), ["Super Keen"]);
    assert.deepEqual(textOf(a, "pushy-phrasing"), ["Circling back"]);
    const fixed = a.diagnostics.find((d) => d.code === "needy-phrasing")!.fixes!;
    assert.deepEqual(fixed.map((f) => f.title), ["Remove the sentence"]);
  });
  it("a regex-looking phrase is matched literally and fast", () => {
    const hostile = "a".repeat(50_000) + "!";
    const text = LETTER(`Hello Ms. Park,\n\n${hostile}\n\nThe pattern (a+)+$ is here.\n\nGavin\n`);
    const started = process.hrtime.bigint();
    const a = check(text, { needyPhrases: ["(a+)+$", ".*", "[a-z]+"], maxFileSize: 1_000_000 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.deepEqual(textOf(a, "needy-phrasing"), ["(a+)+$"]);
    assert.ok(ms < 1000, `${ms} ms`);
  });
  it("an extra phrase inside a family match is not reported twice", () => {
    const a = check(LETTER(BODY), { needyPhrases: ["need this job"] });
    assert.deepEqual(textOf(a, "needy-phrasing"), ["I really need this job"]);
  });
  it("word limits are per kind", () => {
    const words = Array.from({ length: 40 }, () => "word").join(" ");
    assert.ok(codesOf(check(LETTER(`Hi,\n\n${words}.\n`), { maxWords: { "status-check": 30 } })).includes("too-long"));
    assert.ok(!codesOf(check(LETTER(`Hi,\n\n${words}.\n`), { maxWords: { nudge: 30 } })).includes("too-long"));
  });
});

describe("phrase families stay fast on hostile text", () => {
  const cases: [string, string][] = [
    ["repeated intensifiers", "I " + "really ".repeat(20_000) + "need"],
    ["repeated sorry", "sorry ".repeat(20_000)],
    ["long sentence without stops", "I am not sure I am ".repeat(5_000)],
    ["apostrophes", "I'm I'm I've n't ".repeat(10_000)],
    ["why why", "why haven't you ".repeat(10_000)],
    ["many findings", "Sorry to bother you again. I really need this job. ".repeat(3_000)],
    ["no spaces", "x".repeat(100_000)],
  ];
  for (const [name, prose] of cases) {
    it(name, () => {
      const started = process.hrtime.bigint();
      check(LETTER(`Hi,\n\n${prose}\n`), { maxFileSize: 1_000_000 });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(ms < 2500, `${ms.toFixed(0)} ms`);
    });
  }
});

describe("inline followup-disable comments", () => {
  const needy = (body: string) => textOf(check(LETTER(`Hello Ms. Park,\n\n${body}\n\nGavin\n`)), "needy-phrasing");
  it("disable-next-line with a code silences that code on the next line only", () => {
    assert.deepEqual(needy("<!-- followup-disable-next-line needy-phrasing -->\nI really need this job.\n\nI really need this role."), ["I really need this role"]);
  });
  it("disable-next-line with another code does not", () => {
    assert.deepEqual(needy("<!-- followup-disable-next-line pushy-phrasing -->\nI really need this job."), ["I really need this job"]);
  });
  it("disable-next-line without codes silences every rule on the next line", () => {
    const a = check(LETTER("Hello Ms. Park,\n\n<!-- followup-disable-next-line -->\nI really need this job. Why haven't you replied?\n\nGavin\n"));
    assert.deepEqual(codesOf(a), []);
  });
  it("disable … enable brackets a stretch", () => {
    assert.deepEqual(
      needy("<!-- followup-disable needy-phrasing -->\n\nI really need this job.\n\n<!-- followup-enable needy-phrasing -->\n\nI really need this role."),
      ["I really need this role"],
    );
  });
  it("disable without codes, enable one code", () => {
    const a = check(LETTER("Hello Ms. Park,\n\n<!-- followup-disable -->\n\n<!-- followup-enable pushy-phrasing -->\n\nI really need this job. Why haven't you replied?\n\nGavin\n"));
    assert.deepEqual(codesOf(a), ["pushy-phrasing"]);
  });
  it("several codes in one comment", () => {
    const a = check(LETTER("Hello Ms. Park,\n\n<!-- followup-disable needy-phrasing pushy-phrasing -->\nI really need this job. Why haven't you replied?\n\nGavin\n"));
    assert.deepEqual(codesOf(a), []);
  });
  it("a disable comment in a code block does nothing", () => {
    assert.deepEqual(needy("```\n<!-- followup-disable -->\n```\n\nI really need this job."), ["I really need this job"]);
  });
});
