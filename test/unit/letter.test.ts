import { strict as assert } from "node:assert";
import { DEFAULT_SETTINGS } from "../../shared/settings";
import { analyzeText, parseLetter } from "../../server/engine";
import { CLEAN_THANK_YOU } from "./sampleLetters";

const settings = { ...DEFAULT_SETTINGS, timeZone: "UTC" };
const now = new Date("2026-11-26T12:00:00Z");
const check = (text: string) => analyzeText(text, { settings, now });
const codes = (text: string) => check(text).diagnostics.map((d) => d.code);
const slice = (text: string, d: { start: number; end: number }) => text.slice(d.start, d.end);

const THANK_YOU = CLEAN_THANK_YOU;

describe("reading a letter", () => {
  it("reads front matter with the span of every key and value", () => {
    const letter = parseLetter(THANK_YOU, { timeZone: "UTC" });
    assert.equal(letter.isLetter, true);
    assert.equal(letter.fields.kind, "thank-you");
    assert.deepEqual(letter.fields.interviewer, ["Maya Chen"]);
    const company = letter.frontMatter.get("company")!;
    assert.equal(slice(THANK_YOU, company.keySpan), "company");
    assert.equal(slice(THANK_YOU, company.valueSpan), "Acme Robotics");
    assert.equal(THANK_YOU.slice(letter.bodyStart, letter.bodyStart + 10), "Dear Maya,");
  });

  it("finds prose, sentences, the salutation and the sign-off", () => {
    const letter = parseLetter(THANK_YOU, { timeZone: "UTC" });
    assert.equal(letter.blocks.length, 5);
    assert.equal(letter.salutation?.name, "Maya");
    assert.equal(slice(THANK_YOU, letter.salutation!.nameSpan), "Maya");
    assert.equal(letter.signatureBlock, 4);
    assert.ok(letter.sentences.some((s) => s.text.startsWith("Thank you for meeting")));
  });

  it("a clean letter draws no diagnostics", () => {
    assert.deepEqual(codes(THANK_YOU), []);
  });

  it("is not a letter without a kind, and gets nothing", () => {
    const text = "---\ntitle: Notes\n---\nTODO: [Company]. I really need this job.\n";
    const r = check(text);
    assert.equal(r.letter.isLetter, false);
    assert.deepEqual(r.diagnostics, []);
    assert.equal(check("# Just Markdown\n\nTODO\n").letter.isLetter, false);
  });

  it("an unknown kind with a company is a letter with a front-matter error naming the nearest kind", () => {
    const r = check("---\nkind: thankyou\ncompany: Acme\nrole: Designer\ninterviewed: 2026-11-25\n---\nHi.\n");
    assert.equal(r.letter.isLetter, true);
    const d = r.diagnostics.find((x) => x.code === "front-matter")!;
    assert.match(d.message, /Did you mean "thank-you"/);
    assert.equal(slice(r.letter.text, d), "thankyou");
  });

  it("front matter that does not parse but names a kind is a letter with one error where parsing failed", () => {
    const text = "---\nkind: thank-you\ncompany: [Acme\nrole: Designer\n---\nDear Sam,\n\nI really need this job.\n";
    const r = check(text);
    assert.equal(r.letter.isLetter, true);
    assert.deepEqual(r.diagnostics.map((d) => d.code), ["front-matter"]);
    assert.match(r.diagnostics[0].message, /not valid YAML/);
    assert.ok(r.diagnostics[0].start > text.indexOf("company"));
  });

  it("keeps a !!timestamp date a calendar day", () => {
    const letter = parseLetter(THANK_YOU.replace("interviewed: 2026-11-25T15:00:00Z", "interviewed: !!timestamp 2026-11-25"), { timeZone: "America/Los_Angeles" });
    assert.deepEqual(letter.problems, []);
    assert.equal(letter.fields.interviewed?.dateOnly, true);
    assert.equal(letter.fields.interviewed?.instant.toISOString(), "2026-11-25T08:00:00.000Z");
  });

  it("puts a draft's premature-follow-up on promised, not on an empty sent", () => {
    const text = "---\nkind: status-check\ncompany: Acme\nrole: Designer\ninterviewed: 2026-11-20\npromised: 2026-11-30\nsent:\n---\nHi Sam,\n\nAny news?\n";
    const d = check(text).diagnostics.find((x) => x.code === "premature-follow-up")!;
    assert.equal(slice(text, d), "promised");
  });

  it("reports a required key that holds only spaces", () => {
    const r = check(THANK_YOU.replace("company: Acme Robotics", 'company: "  "'));
    const d = r.diagnostics.find((x) => x.code === "front-matter")!;
    assert.match(d.message, /needs `company:`/);
  });

  it("stays a letter when broken YAML has a kind line with a comment", () => {
    const r = check("---\nkind: thank-you # draft\ncompany: [Acme\n---\nHi.\n");
    assert.equal(r.letter.isLetter, true);
    assert.deepEqual(r.diagnostics.map((d) => d.code), ["front-matter"]);
  });

  it("reports a missing required key, a bad date, and sent before interviewed", () => {
    const missing = check("---\nkind: acceptance\ncompany: Acme\n---\nThank you for the offer.\n");
    assert.match(missing.diagnostics.find((d) => d.code === "front-matter")!.message, /An acceptance letter needs `role:`/);
    const bad = check(THANK_YOU.replace("sent: 2026-11-25T20:00:00Z", "sent: 2026-02-30"));
    const d = bad.diagnostics.find((x) => x.code === "front-matter")!;
    assert.equal(slice(bad.letter.text, d), "2026-02-30");
    const early = check(THANK_YOU.replace("sent: 2026-11-25T20:00:00Z", "sent: 2026-11-24T20:00:00Z"));
    assert.match(early.diagnostics.find((x) => x.code === "front-matter")!.message, /before `interviewed`/);
  });

  it("never runs JavaScript front matter", () => {
    const g = globalThis as { followupPwned?: boolean };
    const r = check("---js\n{ kind: (globalThis.followupPwned = true, 'thank-you') }\n---\nHi.\n");
    assert.equal(g.followupPwned, undefined);
    assert.equal(r.letter.isLetter, false);
    const named = check("---js\nkind: thank-you\n---\nHi.\n");
    assert.equal(named.letter.isLetter, true);
    assert.match(named.diagnostics[0].message, /must be YAML/);
  });

  it("maps offsets through CRLF and a BOM", () => {
    const crlf = "\uFEFF" + THANK_YOU.replace(/\n/g, "\r\n").replace("Dear Maya", "Dear Mia");
    const r = check(crlf);
    const d = r.diagnostics.find((x) => x.code === "name-mismatch")!;
    assert.equal(slice(crlf, d), "Mia");
  });

  it("counts ranges in UTF-16 code units past emoji and accents", () => {
    const text = THANK_YOU.replace("Dear Maya,", "Dear Zoë 👋,").replace("interviewer: Maya Chen", "interviewer: Zoé Chen");
    const r = check(text);
    const d = r.diagnostics.find((x) => x.code === "name-mismatch");
    // Zoë and Zoé are the same name once accents are set aside: no mismatch.
    assert.equal(d, undefined);
    const wrong = check(text.replace("Dear Zoë 👋,", "Hi 👋 Žofia,"));
    const w = wrong.diagnostics.find((x) => x.code === "name-mismatch")!;
    assert.equal(slice(wrong.letter.text, w), "Žofia");
  });

  it("leaves block quotes, code and comments out of the prose", () => {
    const text = THANK_YOU.replace(
      "I look forward",
      "> I really need this job.\n\n```\nTODO XXX I'm begging you\n```\n\n<!-- I'm not sure I'm qualified -->\n\nI look forward",
    );
    assert.deepEqual(codes(text), []);
  });

  it("honours followup-disable comments", () => {
    const needy = THANK_YOU.replace("I look forward", "I really need this job. I look forward");
    assert.deepEqual(codes(needy), ["needy-phrasing"]);
    assert.deepEqual(codes(needy.replace("I really", "<!-- followup-disable-next-line needy-phrasing -->\nI really")), []);
    assert.deepEqual(codes(needy.replace("I really", "<!-- followup-disable-next-line placeholder -->\nI really")), ["needy-phrasing"]);
    assert.deepEqual(codes(needy.replace("Dear Maya,", "<!-- followup-disable -->\nDear Maya,")), []);
    const reenabled = needy.replace("Dear Maya,", "<!-- followup-disable needy-phrasing -->\nDear Maya,").replace("Best regards", "<!-- followup-enable needy-phrasing -->\n\nI really need this job.\n\nBest regards");
    assert.equal(codes(reenabled).filter((c) => c === "needy-phrasing").length, 1);
  });

  it("applies severities and turns rules off from settings", () => {
    const needy = THANK_YOU.replace("I look forward", "I really need this job. I look forward");
    const off = analyzeText(needy, { settings: { ...settings, rules: { "needy-phrasing": "off" } }, now });
    assert.deepEqual(off.diagnostics, []);
    const hint = analyzeText(needy, { settings: { ...settings, rules: { "needy-phrasing": "hint" } }, now });
    assert.equal(hint.diagnostics[0].severity, "hint");
  });

  it("skips a file over maxFileSize with one information diagnostic", () => {
    const r = analyzeText(THANK_YOU + "word ".repeat(500), { settings: { ...settings, maxFileSize: 1000 }, now });
    assert.equal(r.diagnostics.length, 1);
    assert.equal(r.diagnostics[0].severity, "information");
    assert.match(r.diagnostics[0].message, /Not checked/);
  });
});
