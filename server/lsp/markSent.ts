// "Mark as sent": write `sent:` into the front matter and touch nothing else.
import type { Letter, TextEdit } from "../engine";
import { calendarDay } from "../engine/dates";

/** `2026-11-26 14:30` in the letter's time zone: local time, as the other dates are written. */
export function formatLocal(when: Date, timeZone: string): string {
  const day = calendarDay(when, timeZone);
  const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: timeZone || undefined }).format(when);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day.year}-${pad(day.month)}-${pad(day.day)} ${clock}`;
}

/** The one edit that sets `sent`, or undefined for a file without a readable front matter. */
export function markSentEdit(letter: Letter, value: string): TextEdit | undefined {
  if (!letter.isLetter || letter.frontMatter.size === 0) return undefined;
  const text = letter.text;
  const entry = letter.frontMatter.get("sent");
  if (entry) {
    const { start, end } = entry.valueSpan;
    const old = text.slice(start, end);
    if (start === end) {
      // `sent:` with no value: after the colon, keeping any comment that follows (YAML needs a space before its #).
      const colon = text.indexOf(":", entry.keySpan.end);
      const at = colon < 0 ? entry.keySpan.end : colon + 1;
      const spaced = /[ \t]/.test(text.charAt(at));
      const pos = spaced ? at + 1 : at;
      const gap = text.charAt(pos) === "#" ? " " : "";
      return { start: pos, end: pos, newText: `${spaced ? "" : " "}${value}${gap}` };
    }
    // `sent: ~`, `sent: null`, `sent: ""`: the written value is replaced, whatever follows stays.
    if (entry.value === null || entry.value === "") return { start, end, newText: value };
    const quote = /^["']/.test(old) ? old[0] : "";
    return { start, end, newText: `${quote}${value}${quote}` };
  }
  // No `sent` yet: a new last line of the front matter, with the file's line break.
  const close = text.indexOf("\n---", letter.yamlStart);
  if (close < 0) return undefined;
  const at = close + 1;
  return { start: at, end: at, newText: `sent: ${value}${letter.eol}` };
}
