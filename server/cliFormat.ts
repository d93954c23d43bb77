// Text output of the command line: compiler-style lines and an agenda table.
import { formatDistanceStrict } from "date-fns";
import { formatDeadline, formatWhen } from "./engine/rules/when";

interface Position { line: number; character: number }
interface JsonDiagnostic { code: string; severity: string; message: string; range: { start: Position; end: Position } }

/** `path:line:col severity message [code]`, 1-based like a compiler. */
export function formatDiagnosticLine(path: string, d: JsonDiagnostic): string {
  return `${path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message} [${d.code}]`;
}

export function formatSummary(files: { letter: boolean; diagnostics: JsonDiagnostic[] }[]): string {
  const all = files.flatMap((f) => f.diagnostics);
  const count = (s: string) => all.filter((d) => d.severity === s).length;
  const letters = files.filter((f) => f.letter).length;
  return `${letters} letter${letters === 1 ? "" : "s"} checked: ${count("error")} errors, ${count("warning")} warnings, ${count("information") + count("hint")} suggestions`;
}

/** States whose due date is a deadline rather than an earliest day. */
const DEADLINES = new Set(["thank-you-due", "thank-you-overdue", "rejection-reply-due"]);

interface Row { company: string; role: string; state: string; due: string | null; letters: string[] }

export function formatAgendaTable(rows: Row[], now: Date, timeZone: string): string {
  if (rows.length === 0) return "No letters found.\n";
  const table = rows.map((r) => [
    r.state,
    r.due ? `${(DEADLINES.has(r.state) ? formatDeadline : formatWhen)(new Date(r.due), timeZone)} (${relative(new Date(r.due), now)})` : "-",
    `${r.company} — ${r.role}`,
    String(r.letters.length),
  ]);
  const head = ["STATE", "DUE", "APPLICATION", "LETTERS"];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(head), ...table.map(line)].join("\n") + "\n";
}

function relative(due: Date, now: Date): string {
  const distance = formatDistanceStrict(due, now);
  return due.getTime() >= now.getTime() ? `in ${distance}` : `${distance} ago`;
}
