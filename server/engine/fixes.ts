// The one applier of text edits: the server's quick fixes, the tests and any --fix use it.
import type { TextEdit } from "./types";

/** Applies non-overlapping edits given in offsets of the original text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let floor = Infinity;
  for (const e of sorted) {
    if (e.start < 0 || e.end > text.length || e.start > e.end) throw new RangeError(`edit ${e.start}-${e.end} is outside the text`);
    if (e.end > floor) throw new RangeError("edits overlap");
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    floor = e.start;
  }
  return out;
}
