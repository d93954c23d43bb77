import { strict as assert } from "node:assert";
import { DEFAULT_SETTINGS } from "../../shared/settings";
import { groupThreads, readLetter, threadState, type LetterSummary } from "../../server/engine";

const settings = { ...DEFAULT_SETTINGS, timeZone: "UTC" };
let n = 0;
/** A letter's summary from its front-matter lines. */
function letter(kind: string, lines: Record<string, string> = {}, company = "Acme", role = "Designer"): LetterSummary {
  const fm = Object.entries({ kind, company, role, ...lines }).map(([k, v]) => `${k}: ${v}`).join("\n");
  const read = readLetter(`---\n${fm}\n---\nHello.\n`, settings, `letter-${++n}.md`);
  assert.ok(read.summary, `not a letter: ${fm}`);
  return read.summary;
}
const state = (letters: LetterSummary[], now: string) => {
  const s = threadState(letters, new Date(now), settings);
  return [s.state, s.due?.toISOString() ?? null];
};

describe("agenda states", () => {
  const interviewed = { interviewed: "2026-11-10T13:00:00Z" };
  const thanked = letter("thank-you", { ...interviewed, sent: "2026-11-10T18:00:00Z", promised: "2026-11-18" });

  it("rejection-reply-due: rejected and no reply sent, due a day after the rejection", () => {
    const rejected = letter("rejection-reply", { outcome: "rejected", replied: "2026-11-25T10:30:00Z" });
    assert.deepEqual(state([thanked, rejected], "2026-11-26T12:00:00Z"), ["rejection-reply-due", "2026-11-26T10:30:00.000Z"]);
  });

  it("closed: any outcome once a rejection is answered, or an offer", () => {
    const replied = letter("rejection-reply", { outcome: "rejected", replied: "2026-11-25", sent: "2026-11-25T12:00:00Z" });
    assert.deepEqual(state([thanked, replied], "2026-11-26T12:00:00Z"), ["closed", null]);
    const offer = letter("acceptance", { outcome: "offer", replied: "2026-11-20" });
    assert.deepEqual(state([thanked, offer], "2026-11-26T12:00:00Z"), ["closed", null]);
  });

  it("waiting for a future interview, due at the interview", () => {
    const draft = letter("thank-you", { interviewed: "2026-12-01T09:00:00Z" });
    assert.deepEqual(state([draft], "2026-11-26T12:00:00Z"), ["waiting", "2026-12-01T09:00:00.000Z"]);
  });

  it("thank-you-due until the deadline, thank-you-overdue after it", () => {
    const draft = letter("thank-you", { interviewed: "2026-11-25T16:00:00Z" });
    assert.deepEqual(state([draft], "2026-11-26T12:00:00Z"), ["thank-you-due", "2026-11-26T16:00:00.000Z"]);
    assert.deepEqual(state([draft], "2026-11-26T16:00:00Z"), ["thank-you-due", "2026-11-26T16:00:00.000Z"]);
    assert.deepEqual(state([draft], "2026-11-26T16:00:01Z"), ["thank-you-overdue", "2026-11-26T16:00:00.000Z"]);
  });

  it("a thank-you sent before the latest interview does not count", () => {
    const second = letter("status-check", { interviewed: "2026-11-20T09:00:00Z" });
    assert.deepEqual(state([thanked, second], "2026-11-20T12:00:00Z"), ["thank-you-due", "2026-11-21T09:00:00.000Z"]);
  });

  it("answered once they replied after the latest interview", () => {
    const reply = letter("status-check", { ...interviewed, sent: "2026-11-19", replied: "2026-11-23" });
    assert.deepEqual(state([thanked, reply], "2026-11-26T12:00:00Z"), ["answered", null]);
  });

  it("waiting for the status-check date after the thank-you", () => {
    assert.deepEqual(state([thanked], "2026-11-15T12:00:00Z"), ["waiting", "2026-11-19T00:00:00.000Z"]);
  });

  it("status-check-due from the day after promised", () => {
    assert.deepEqual(state([thanked], "2026-11-19T00:00:00Z"), ["status-check-due", "2026-11-19T00:00:00.000Z"]);
  });

  it("status-check-due a week after the interview when nothing was promised", () => {
    const plain = letter("thank-you", { interviewed: "2026-11-16", sent: "2026-11-16T20:00:00Z" }, "Oak", "Nurse");
    assert.deepEqual(state([plain], "2026-11-26T12:00:00Z"), ["status-check-due", "2026-11-23T00:00:00.000Z"]);
  });

  it("waiting for the nudge date after a status check, then nudge-due", () => {
    const check = letter("status-check", { ...interviewed, sent: "2026-11-20" });
    assert.deepEqual(state([thanked, check], "2026-11-21T12:00:00Z"), ["waiting", "2026-11-22T00:00:00.000Z"]);
    assert.deepEqual(state([thanked, check], "2026-11-26T12:00:00Z"), ["nudge-due", "2026-11-22T00:00:00.000Z"]);
  });

  it("waiting with nothing due once the nudge is out", () => {
    const check = letter("status-check", { ...interviewed, sent: "2026-11-20" });
    const nudge = letter("nudge", { ...interviewed, sent: "2026-11-23T09:00:00Z" });
    assert.deepEqual(state([thanked, check, nudge], "2026-11-26T12:00:00Z"), ["waiting", null]);
  });

  it("the letter listed last is the one whose outcome counts", () => {
    const thanks = letter("thank-you", { interviewed: "2026-11-20", sent: "2026-11-21", promised: "2026-12-05", outcome: "rejected" }, "Zed", "Clerk");
    const check = letter("status-check", { interviewed: "2026-11-20", sent: "2026-11-28", outcome: "offer" }, "Zed", "Clerk");
    for (const order of [[thanks, check], [check, thanks]]) {
      const [thread] = groupThreads(order);
      assert.deepEqual(thread.letters.map((l) => l.kind), ["thank-you", "status-check"]);
      assert.deepEqual(state(thread.letters, "2026-11-30T12:00:00Z"), ["closed", null]);
    }
    const later = letter("rejection-reply", { outcome: "rejected", replied: "2026-11-29" }, "Zed", "Clerk");
    const [thread] = groupThreads([later, thanks, check]);
    assert.equal(thread.letters[2].kind, "rejection-reply");
    assert.deepEqual(state(thread.letters, "2026-11-30T12:00:00Z"), ["rejection-reply-due", "2026-11-30T00:00:00.000Z"]);
  });

  it("groups threads by company and role, trimmed and case-insensitive, spelled as the latest letter", () => {
    const a = letter("thank-you", { interviewed: "2026-11-10", sent: "2026-11-10" }, "acme corp", "product designer");
    const b = letter("status-check", { interviewed: "2026-11-10", sent: "2026-11-18" }, "  Acme Corp ", "Product  Designer");
    const c = letter("thank-you", { interviewed: "2026-11-10" }, "Acme Corp", "Engineer");
    const threads = groupThreads([a, b, c]);
    assert.equal(threads.length, 2);
    const design = threads.find((t) => t.letters.length === 2)!;
    assert.equal(design.company, "Acme Corp");
    assert.equal(design.role, "Product  Designer");
  });
});
