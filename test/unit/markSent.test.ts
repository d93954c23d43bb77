import { strict as assert } from "node:assert";
import { applyEdits, parseLetter } from "../../server/engine";
import { markSentEdit } from "../../server/lsp/markSent";

const HEAD = "---\nkind: thank-you\ncompany: Acme\nrole: Designer\ninterviewed: 2026-11-25 15:00\n";
const BODY = "---\nDear Sam,\n\nThank you.\n";

function mark(frontMatterTail: string, eol = "\n") {
  const text = (HEAD + frontMatterTail + BODY).replace(/\n/g, eol);
  const edit = markSentEdit(parseLetter(text, { timeZone: "UTC" }), "2026-11-26 14:30");
  assert.ok(edit);
  const after = applyEdits(text, [edit]);
  const letter = parseLetter(after, { timeZone: "UTC" });
  assert.deepEqual(letter.problems, [], after);
  assert.equal(letter.fields.sent?.text, "2026-11-26 14:30", after);
  return after;
}

describe("mark as sent", () => {
  it("adds a sent line as the last key when there is none", () => {
    assert.equal(mark(""), `${HEAD}sent: 2026-11-26 14:30\n${BODY}`);
  });

  it("fills an empty sent, keeping a comment after it", () => {
    assert.equal(mark("sent:\n"), `${HEAD}sent: 2026-11-26 14:30\n${BODY}`);
    assert.equal(mark("sent: # not yet\n"), `${HEAD}sent: 2026-11-26 14:30 # not yet\n${BODY}`);
  });

  it("replaces a written null, whatever its spelling", () => {
    assert.equal(mark("sent: ~\n"), `${HEAD}sent: 2026-11-26 14:30\n${BODY}`);
    assert.equal(mark("sent: null # later\n"), `${HEAD}sent: 2026-11-26 14:30 # later\n${BODY}`);
    assert.equal(mark('sent: ""\n'), `${HEAD}sent: 2026-11-26 14:30\n${BODY}`);
  });

  it("replaces an old date, keeping its quotes and the other keys", () => {
    assert.equal(mark('sent: "2026-11-20"\npromised: 2026-12-01\n'), `${HEAD}sent: "2026-11-26 14:30"\npromised: 2026-12-01\n${BODY}`);
  });

  it("keeps CRLF line endings", () => {
    assert.equal(mark("", "\r\n"), `${HEAD}sent: 2026-11-26 14:30\n${BODY}`.replace(/\n/g, "\r\n"));
  });
});
