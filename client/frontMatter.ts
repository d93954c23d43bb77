// Minimal front-matter edits: change one key's value in place, or add the key before the
// closing fence, and leave every other line as it was. Pure, so the unit tests can load it.

export interface TextEdit {
  start: { line: number; character: number };
  end: { line: number; character: number };
  newText: string;
}

interface Block { lines: string[]; close: number }

function block(text: string): Block | undefined {
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  if (lines[0]?.replace(/^\uFEFF/, "").trimEnd() !== "---") return undefined;
  for (let i = 1; i < lines.length; i++) if (/^(?:---|\.\.\.)\s*$/.test(lines[i])) return { lines, close: i };
  return undefined;
}

const keyLine = (lines: string[], close: number, key: string): number => {
  for (let i = 1; i < close; i++) if (new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`).test(lines[i])) return i;
  return -1;
};

/** A top-level scalar value as written, without quotes or a trailing comment; undefined when absent. */
export function readKey(text: string, key: string): string | undefined {
  const b = block(text);
  if (!b) return undefined;
  const at = keyLine(b.lines, b.close, key);
  if (at < 0) return undefined;
  const raw = b.lines[at].slice(b.lines[at].indexOf(":") + 1).replace(/\s+#.*$/, "").trim();
  return raw.replace(/^(["'])(.*)\1$/, "$2");
}

/** The edit that sets `key: value` (one line), or undefined when the text has no front matter. */
export function setKey(text: string, key: string, value: string): TextEdit | undefined {
  const b = block(text);
  if (!b) return undefined;
  const at = keyLine(b.lines, b.close, key);
  if (at >= 0) {
    const line = b.lines[at];
    const colon = line.indexOf(":") + 1;
    // keep a trailing comment, replace only the value
    const comment = line.slice(colon).match(/\s+#.*$/);
    const end = comment ? line.length - comment[0].length : line.length;
    return { start: { line: at, character: colon }, end: { line: at, character: end }, newText: value === "" ? "" : ` ${value}` };
  }
  return { start: { line: b.close, character: 0 }, end: { line: b.close, character: 0 }, newText: `${key}: ${value}${text.includes("\r\n") ? "\r\n" : "\n"}` };
}

const pad = (n: number) => String(n).padStart(2, "0");
/** "2026-11-26 14:05", local time: the form people write and the spec accepts. */
export const localDateTime = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
