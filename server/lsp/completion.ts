// Completion inside the front matter: keys, the values of kind/outcome/channel, and dates.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from "vscode-languageserver";
import { CHANNELS, LETTER_KINDS, OUTCOMES } from "../../shared/letters";
import { formatLocal } from "./markSent";

const KEYS: [string, string][] = [
  ["kind", "thank-you, status-check, nudge, rejection-reply or acceptance"],
  ["company", "the employer"],
  ["role", "the position"],
  ["interviewer", "who you met, as you would greet them"],
  ["interviewed", "when the interview happened"],
  ["sent", "when this letter went out; empty means a draft"],
  ["promised", "when they said they would get back to you"],
  ["replied", "when the employer answered"],
  ["outcome", "offer, rejected or withdrawn"],
  ["highlights", "the qualifications to restate"],
  ["attachments", "what goes with the letter"],
  ["concern", "the worry the attachments answer"],
  ["channel", "email or handwritten"],
];
const VALUES: Record<string, readonly string[]> = { kind: LETTER_KINDS, outcome: OUTCOMES, channel: CHANNELS };
const DATES = new Set(["interviewed", "sent", "promised", "replied"]);

/** Items for the cursor at `offset`, or null when it is not inside a front matter. */
export function complete(text: string, offset: number, now: Date, timeZone: string, range: (start: number, end: number) => Range): CompletionItem[] | null {
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(text)) return null;
  const yamlStart = text.indexOf("\n") + 1;
  const close = text.indexOf("\n---", yamlStart - 1);
  if (offset < yamlStart || (close >= 0 && offset > close)) return null;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const keyed = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(\S*)$/.exec(before);
  if (keyed) {
    const [, key, typed] = keyed;
    const replace = range(offset - typed.length, offset);
    const item = (label: string, kind: CompletionItemKind, sortText: string, detail?: string): CompletionItem => ({ label, kind, detail, sortText, filterText: label, textEdit: { range: replace, newText: label } });
    if (VALUES[key]) return VALUES[key].map((v, i) => item(v, CompletionItemKind.EnumMember, String(i).padStart(2, "0")));
    if (DATES.has(key)) {
      const stamp = formatLocal(now, timeZone);
      return [item(stamp.slice(0, 10), CompletionItemKind.Value, "0", "today"), item(stamp, CompletionItemKind.Value, "1", "now")];
    }
    return [];
  }
  if (!/^[A-Za-z_-]*$/.test(before)) return [];
  const present = new Set([...text.slice(yamlStart, close < 0 ? text.length : close).matchAll(/^([A-Za-z_][\w-]*)[ \t]*:/gm)].map((m) => m[1]));
  return KEYS.filter(([key]) => !present.has(key) || before === key).map(([key, detail], i) => ({
    label: key,
    kind: CompletionItemKind.Property,
    detail,
    sortText: String(i).padStart(2, "0"),
    filterText: key,
    textEdit: { range: range(offset - before.length, offset), newText: `${key}: ` },
    insertTextFormat: InsertTextFormat.PlainText,
  }));
}
