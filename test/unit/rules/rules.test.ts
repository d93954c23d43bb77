// Every rule: fires, stays quiet, lands on the right characters (UTF-16), and its fixes read
// well and leave a letter on which the rule is quiet.
import { strict as assert } from "node:assert";
import type { RuleCode } from "../../../shared/letters";
import { applyEdits, type Analysis, type Diagnostic } from "../../../server/engine";
import { check, codesOf, textOf } from "./helpers";

const fm = (lines: string[]) => `---\n${lines.join("\n")}\n---\n`;
const THANK_YOU = fm([
  "kind: thank-you",
  "company: Mercy General Hospital",
  "role: ICU Nurse",
  "interviewer: Dr. Alicia Moreno",
  "interviewed: 2026-11-25T10:00:00Z",
  "sent: 2026-11-25T18:00:00Z",
]);
const thankYou = (body: string, extra: string[] = []) => THANK_YOU.replace(/\n---\n$/, `\n${extra.join("\n")}${extra.length ? "\n" : ""}---\n`) + body;

const CLEAN_BODY = [
  "Dear Dr. Moreno,",
  "",
  "Thank you for meeting with me about the ICU Nurse position at Mercy General Hospital.",
  "",
  "My eight years on a mixed medical-surgical ICU have prepared me well for the pace your team described.",
  "",
  "I look forward to hearing about the next steps.",
  "",
  "Warm regards,",
  "Hannah Osei",
  "",
].join("\n");

function one(a: Analysis, code: RuleCode): Diagnostic {
  const found = a.diagnostics.filter((d) => d.code === code);
  assert.equal(found.length, 1, `${code}: ${JSON.stringify(found.map((d) => a.letter.text.slice(d.start, d.end)))}`);
  return found[0];
}

function applyPreferred(a: Analysis, d: Diagnostic): string {
  const fix = d.fixes?.find((f) => f.isPreferred) ?? d.fixes?.[0];
  assert.ok(fix, `${d.code} offers a fix`);
  return applyEdits(a.letter.text, fix.edits);
}

const body = (text: string) => text.slice(text.indexOf("\n---\n", 4) + 5);

describe("rules", () => {
  it("a clean thank-you has no findings", () => {
    assert.deepEqual(check(thankYou(CLEAN_BODY)).diagnostics, []);
  });

  describe("missing-thanks", () => {
    it("fires on the first line of the body when nothing thanks the reader", () => {
      const a = check(thankYou(CLEAN_BODY.replace("Thank you for meeting with me", "It was a pleasure meeting you")));
      const d = one(a, "missing-thanks");
      assert.equal(a.letter.text.slice(d.start, d.end), "Dear Dr. Moreno,");
      assert.equal(d.severity, "warning");
    });
    it("the fix adds a thanks sentence after the greeting, and the rule is then quiet", () => {
      const a = check(thankYou(CLEAN_BODY.replace("Thank you for meeting with me", "It was a pleasure meeting you")));
      const fixed = applyPreferred(a, one(a, "missing-thanks"));
      assert.match(body(fixed), /^Dear Dr\. Moreno,\n\nThank you for taking the time to meet with me about the ICU Nurse position\.\n\nIt was a pleasure/);
      assert.deepEqual(codesOf(check(fixed)), []);
    });
    it("quiet when the only thanks is in a quote, but then fires", () => {
      const a = check(thankYou(CLEAN_BODY.replace("Thank you for meeting with me", "It was a pleasure meeting you") + "\n> Thank you for coming in.\n"));
      one(a, "missing-thanks");
    });
    it("inline double-quoted thanks does not count", () => {
      const a = check(thankYou(CLEAN_BODY.replace("Thank you for meeting with me", 'The receptionist said "thank you for coming" as I met you')));
      one(a, "missing-thanks");
    });
  });

  describe("missing-fit", () => {
    const noFit = CLEAN_BODY.replace("My eight years on a mixed medical-surgical ICU have prepared me well for the pace your team described.", "I enjoyed the tour of the unit.");
    it("fires when no sentence restates fit", () => {
      const a = check(thankYou(noFit));
      assert.equal(a.letter.text.slice(one(a, "missing-fit").start, one(a, "missing-fit").end), "Dear Dr. Moreno,");
      assert.equal(one(a, "missing-fit").fixes, undefined, "no highlights, nothing to build a paragraph from");
    });
    it("a highlight mentioned in passing counts", () => {
      const a = check(thankYou(noFit.replace("I enjoyed the tour of the unit.", "The unit reminded me of my CCRN certification course."), ["highlights: [CCRN certification]"]));
      assert.ok(!codesOf(a).includes("missing-fit"));
    });
    it("the fix builds a readable paragraph from highlights of every shape", () => {
      const a = check(thankYou(noFit, ["highlights:", "  - 8 years of ICU nursing", "  - Led a 12-bed step-down unit", "  - fluent in Spanish"]));
      const fixed = applyPreferred(a, one(a, "missing-fit"));
      assert.ok(
        fixed.includes("\n\nI would bring 8 years of ICU nursing to the ICU Nurse role, I have led a 12-bed step-down unit and I am fluent in Spanish.\n\n"),
        body(fixed),
      );
      assert.ok(!codesOf(check(fixed)).includes("missing-fit"));
    });
    it("a role that ends in 'position' is not doubled", () => {
      const a = check(thankYou(noFit.replace(/ICU Nurse position/g, "Charge Nurse Position"), ["highlights: [CCRN certification]"]).replace("role: ICU Nurse", "role: Charge Nurse Position"));
      const fixed = applyPreferred(a, one(a, "missing-fit"));
      assert.ok(fixed.includes("I would bring CCRN certification to the Charge Nurse Position."), body(fixed));
    });
  });

  describe("missing-next-step", () => {
    const noNext = CLEAN_BODY.replace("I look forward to hearing about the next steps.", "Thanks again for a great morning.");
    it("fires with information severity and its fix adds a closing before the sign-off", () => {
      const a = check(thankYou(noNext));
      const d = one(a, "missing-next-step");
      assert.equal(d.severity, "information");
      const fixed = applyPreferred(a, d);
      assert.ok(fixed.includes("Thanks again for a great morning.\n\nI look forward to hearing from you about the next steps.\n\nWarm regards,"), body(fixed));
      assert.deepEqual(codesOf(check(fixed)), []);
    });
    it("with no sign-off the closing goes after the last paragraph", () => {
      const a = check(thankYou(noNext.replace("Thanks again for a great morning.", "I enjoyed the tour of the unit.").replace("\nWarm regards,\nHannah Osei\n", "")));
      const fixed = applyPreferred(a, one(a, "missing-next-step"));
      assert.ok(fixed.endsWith("I enjoyed the tour of the unit.\n\nI look forward to hearing from you about the next steps.\n"), JSON.stringify(fixed.slice(-120)));
    });
  });

  describe("needy-phrasing", () => {
    it("marks each phrase exactly, after emoji and accents (UTF-16 offsets)", () => {
      const a = check(thankYou(CLEAN_BODY.replace("Dear Dr. Moreno,", "Dear Dr. Moreno 🌟,").replace("I look forward", "Honestly, I really need this job 🙏. Désolée, I'm so sorry to bother you again. I look forward")));
      assert.deepEqual(textOf(a, "needy-phrasing"), ["I really need this job", "I'm so sorry to bother you again"]);
      const d = a.diagnostics.find((x) => x.code === "needy-phrasing")!;
      assert.equal(d.start, a.letter.text.indexOf("I really need"));
    });
    it("the rewrite fits the sentence", () => {
      const a = check(thankYou(CLEAN_BODY.replace("I look forward", "Honestly, I really need this job. I look forward")));
      const fixed = applyPreferred(a, one(a, "needy-phrasing"));
      assert.ok(fixed.includes("Honestly, I am very interested in this role. I look forward"), body(fixed));
      assert.ok(!codesOf(check(fixed)).includes("needy-phrasing"));
    });
    it("a begging clause is rewritten whole", () => {
      const a = check(thankYou(CLEAN_BODY.replace("I look forward", "I am begging you to reconsider. I look forward")));
      const fixed = applyPreferred(a, one(a, "needy-phrasing"));
      assert.ok(fixed.includes("\nI would welcome the chance to be considered. I look forward"), body(fixed));
    });
    it("removing a sentence leaves no double space or stray punctuation", () => {
      for (const [before, after] of [
        ["Sorry to bother you again. I look forward to hearing about the next steps.", "I look forward to hearing about the next steps."],
        ["I look forward to hearing about the next steps. Sorry to bother you again.", "I look forward to hearing about the next steps."],
      ]) {
        const a = check(thankYou(CLEAN_BODY.replace("I look forward to hearing about the next steps.", before)));
        const fixed = applyPreferred(a, one(a, "needy-phrasing"));
        assert.ok(fixed.includes(`\n\n${after}\n\nWarm regards,`), body(fixed));
      }
    });
    it("removing a sentence that is a whole paragraph removes the paragraph", () => {
      const a = check(thankYou(CLEAN_BODY.replace("I look forward", "I haven't slept since the interview.\n\nI look forward")));
      const fixed = applyPreferred(a, one(a, "needy-phrasing"));
      assert.equal(fixed, thankYou(CLEAN_BODY));
    });
    it("removing the last paragraph takes the blank lines before it, and stays fast after many blank lines", () => {
      const start = "Dear Dr. Moreno,\n\nThank you for meeting with me about the ICU Nurse position.\n";
      const a = check(thankYou(`${start}\n\nI haven't slept since the interview.\n`));
      const d = a.diagnostics.find((x) => x.code === "needy-phrasing")!;
      const removal = d.fixes!.find((f) => f.title === "Remove the sentence")!;
      assert.equal(body(applyEdits(a.letter.text, removal.edits)), start);
      const many = check(thankYou(`${start}${"\n \t".repeat(4_000)}\n\nI haven't slept since the interview.\n`), { maxFileSize: 1_000_000 });
      const started = Date.now();
      const fixed = applyEdits(many.letter.text, many.diagnostics.find((x) => x.code === "needy-phrasing")!.fixes!.find((f) => f.title === "Remove the sentence")!.edits);
      assert.ok(Date.now() - started < 500);
      assert.ok(body(fixed).startsWith(start));
    });
    it("stays quiet in code blocks, quotes and HTML comments", () => {
      const extra = "\n```\n# I'm begging you\n```\n\n> I really need this job\n\n<!-- I really need this job -->\n";
      assert.deepEqual(textOf(check(thankYou(CLEAN_BODY + extra)), "needy-phrasing"), []);
    });
  });

  describe("pushy-phrasing", () => {
    const STATUS = fm(["kind: status-check", "company: Corner Grocer", "role: Assistant Store Manager", "interviewer: Ms. Park", "interviewed: 2026-11-11", "promised: 2026-11-18", "sent: 2026-11-23T10:00:00Z"]);
    it("marks demands and accusations; the question becomes a statement", () => {
      const a = check(`${STATUS}Hello Ms. Park,\n\nIt is now the 23rd, so why haven't you replied? I expect an answer by Friday.\n\nRegards,\nGavin Holt\n`);
      assert.deepEqual(textOf(a, "pushy-phrasing"), ["why haven't you replied", "I expect an answer by Friday"]);
      const first = a.diagnostics.find((d) => d.code === "pushy-phrasing")!;
      const fixed = applyPreferred(a, first);
      assert.ok(fixed.includes("It is now the 23rd, so I wanted to check whether there is any update. I expect"), body(fixed));
      assert.deepEqual(textOf(check(fixed), "pushy-phrasing"), ["I expect an answer by Friday"]);
    });
    it("is not checked in a thank-you", () => {
      assert.deepEqual(textOf(check(thankYou(CLEAN_BODY.replace("I look forward", "Why haven't you replied? I look forward"))), "pushy-phrasing"), []);
    });
    it("'As per my last email' keeps the rest of the sentence", () => {
      const a = check(`${STATUS}Hi,\n\nAs per my last email, I'm still interested in the role.\n\nGavin\n`);
      const fixed = applyPreferred(a, one(a, "pushy-phrasing"));
      assert.ok(fixed.includes("Following up on my last note, I'm still interested in the role."), body(fixed));
    });
  });

  describe("late-sending", () => {
    it("points at sent when the thank-you went out late, at interviewed for a late draft", () => {
      const late = check(thankYou(CLEAN_BODY).replace("sent: 2026-11-25T18:00:00Z", "sent: 2026-11-26T11:00:00Z"));
      assert.equal(textOf(late, "late-sending")[0], "sent");
      const draft = check(thankYou(CLEAN_BODY).replace("interviewed: 2026-11-25T10:00:00Z", "interviewed: 2026-11-24T10:00:00Z").replace("sent: 2026-11-25T18:00:00Z\n", ""));
      assert.equal(textOf(draft, "late-sending")[0], "interviewed");
    });
    it("a date-only interview has until the end of the next day", () => {
      const a = check(thankYou(CLEAN_BODY).replace("interviewed: 2026-11-25T10:00:00Z", "interviewed: 2026-11-25").replace("sent: 2026-11-25T18:00:00Z\n", ""));
      assert.ok(!codesOf(a).includes("late-sending"));
    });
  });

  describe("premature-follow-up", () => {
    it("names the earliest good day", () => {
      const a = check(fm(["kind: status-check", "company: A", "role: B", "interviewed: 2026-11-20", "promised: 2026-11-27", "sent: 2026-11-24T09:00:00Z"]) + "Hi,\n\nAny update?\n");
      const d = one(a, "premature-follow-up");
      assert.equal(a.letter.text.slice(d.start, d.end), "sent");
      assert.match(d.message, /Sat 28 Nov 2026/);
    });
  });

  describe("too-long", () => {
    const REJECT = fm(["kind: rejection-reply", "company: Pell Library", "role: Librarian", "outcome: rejected", "replied: 2026-11-25"]);
    const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? "Thank" : i === 1 ? "you" : "word")).join(" ");
    it("counts prose words against the kind's limit and marks the words over it", () => {
      const text = `${REJECT}${words(199)} feedback?\n\n> ${words(50)}\n`;
      assert.ok(!codesOf(check(text)).includes("too-long"), "200 words, quotes excluded, is not over");
    });
    it("fires past the limit, from the first word over it to the last word", () => {
      const a = check(`${REJECT}${words(201)}.\n`);
      const d = one(a, "too-long");
      assert.equal(d.severity, "information");
      assert.equal(a.letter.text.slice(d.start, d.end), "word");
      assert.match(d.message, /201 words, 1 over the 200/);
    });
    it("the limit is a setting", () => {
      assert.ok(codesOf(check(`${REJECT}${words(30)}.\n`, { maxWords: { "rejection-reply": 20 } })).includes("too-long"));
    });
  });

  describe("unneeded-attachments", () => {
    it("fires on the item and its fix removes only that line", () => {
      const a = check(thankYou(CLEAN_BODY, ["attachments:", "  - portfolio", "  - references"]));
      const d = one(a, "unneeded-attachments");
      assert.equal(a.letter.text.slice(d.start, d.end), "references");
      const fixed = applyPreferred(a, d);
      assert.ok(fixed.includes("attachments:\n  - portfolio\n---\n"), fixed);
      assert.deepEqual(codesOf(check(fixed)), []);
    });
    it("removes the key when references are all there is", () => {
      const a = check(thankYou(CLEAN_BODY, ["attachments: [letters of recommendation]"]));
      const fixed = applyPreferred(a, one(a, "unneeded-attachments"));
      assert.equal(fixed, thankYou(CLEAN_BODY));
    });
    it("a concern makes them welcome", () => {
      assert.deepEqual(codesOf(check(thankYou(CLEAN_BODY, ["attachments: [references]", "concern: a gap in my resume"]))), []);
    });
  });

  describe("name-mismatch", () => {
    it("keeps the title in the fix", () => {
      const a = check(thankYou(CLEAN_BODY.replace("Dear Dr. Moreno,", "Dear Dr. Morena,")));
      const d = one(a, "name-mismatch");
      assert.equal(a.letter.text.slice(d.start, d.end), "Dr. Morena");
      const fixed = applyPreferred(a, d);
      assert.ok(fixed.includes("\nDear Dr. Moreno,\n"));
      assert.deepEqual(codesOf(check(fixed)), []);
    });
    it("lands on an accented name after an emoji greeting", () => {
      const text = thankYou(CLEAN_BODY.replace("Dear Dr. Moreno,", "Hi Zoë 👋,")).replace("interviewer: Dr. Alicia Moreno", "interviewer: [Dr. Alicia Moreno, José Ruiz]");
      const a = check(text);
      const d = one(a, "name-mismatch");
      assert.equal(a.letter.text.slice(d.start, d.end), "Zoë");
      assert.deepEqual(d.fixes!.map((f) => f.edits[0].newText), ["Alicia", "José"]);
    });
    it("greeting several interviewers, or the team, is fine", () => {
      const text = thankYou(CLEAN_BODY.replace("Dear Dr. Moreno,", "Dear Dr. Moreno and José,")).replace("interviewer: Dr. Alicia Moreno", "interviewer: [Dr. Alicia Moreno, José Ruiz]");
      assert.deepEqual(codesOf(check(text)), []);
      assert.deepEqual(codesOf(check(thankYou(CLEAN_BODY.replace("Dear Dr. Moreno,", "Dear Hiring Team,")))), []);
    });
  });

  describe("generic-letter", () => {
    it("fires when neither company nor role is named; 'Inc.' and a level prefix are optional", () => {
      const generic = CLEAN_BODY.replace(" about the ICU Nurse position at Mercy General Hospital", "");
      one(check(thankYou(generic)), "generic-letter");
      const a = check(thankYou(generic.replace("Thank you for meeting", "Thank you for meeting at Mercy General and")));
      assert.ok(!codesOf(a).includes("generic-letter"));
    });
  });

  describe("placeholder", () => {
    it("marks each unfilled slot as an error, but not links, task boxes or footnotes", () => {
      const a = check(thankYou(CLEAN_BODY.replace("Mercy General Hospital.", "[Company]. I met <name> and {{team}}; ${1:role} TODO.\n\n- [x] done, see [the site](https://example.com)[^1]\n\n[^1]: note")));
      assert.deepEqual(textOf(a, "placeholder"), ["[Company]", "<name>", "{{team}}", "${1:role}", "TODO"]);
      assert.equal(one(check(thankYou(CLEAN_BODY.replace("Mercy", "XXX"))), "placeholder").severity, "error");
    });
  });

  describe("missing-feedback-request", () => {
    const REJECT = fm(["kind: rejection-reply", "company: Granite Peak", "role: Claims Adjuster", "interviewer: Keith Morrow", "outcome: rejected", "replied: 2026-11-25"]);
    it("fires without a request and its fix adds one before the sign-off", () => {
      const a = check(`${REJECT}Dear Keith,\n\nThank you for letting me know.\n\nBest,\nSimone\n`);
      const fixed = applyPreferred(a, one(a, "missing-feedback-request"));
      assert.ok(fixed.includes("Thank you for letting me know.\n\nIf you have a moment, I would welcome any feedback on my interview or application.\n\nBest,"), fixed);
      assert.deepEqual(codesOf(check(fixed)), []);
    });
    it("thanks for feedback is not a request", () => {
      one(check(`${REJECT}Dear Keith,\n\nThank you for letting me know, and thank you for your feedback on the call.\n\nBest,\nSimone\n`), "missing-feedback-request");
    });
  });

  describe("front-matter", () => {
    it("points at the bad value and silences the prose rules when YAML is broken", () => {
      const a = check(thankYou(CLEAN_BODY).replace("sent: 2026-11-25T18:00:00Z", "sent: 2026-11-24T18:00:00Z"));
      assert.equal(textOf(a, "front-matter")[0], "2026-11-24T18:00:00Z");
      const broken = check("---\nkind: thank-you\ncompany: [unclosed\n---\nI really need this job.\n");
      assert.deepEqual(codesOf(broken), ["front-matter"]);
    });
  });
});
