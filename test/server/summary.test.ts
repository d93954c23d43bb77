// The workspace index reads only the front matter (readSummary); it must agree with a full read.
import * as assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { resolveSettings } from "../../shared/settings";
import { readLetter, readSummary } from "../../server/engine";
import { DRAFT, NOT_A_LETTER, STATUS_CHECK, THANK_YOU } from "./letters";

describe("readSummary (the server's index)", () => {
  const examples = resolve(__dirname, "../../../examples");
  const texts = [THANK_YOU, STATUS_CHECK, DRAFT, NOT_A_LETTER, "---\nkind: nudge\ncompany: [\n---\nHi", "no front matter", ...readdirSync(examples).filter((f) => f.endsWith(".md")).map((f) => readFileSync(join(examples, f), "utf8"))];
  for (const timeZone of ["", "Pacific/Auckland"]) {
    it(`agrees with a full read of every letter (timeZone "${timeZone}")`, () => {
      const settings = resolveSettings({ timeZone });
      for (const text of texts) assert.deepEqual(readSummary(text, settings, "id"), readLetter(text, settings, "id").summary);
    });
  }
});
