// Quick fixes from the engine's fixes, inline-disable comments, and "Mark as sent now".
// Every edit is guarded by the document version it was computed for.
import { CodeActionKind, type CodeAction, type CodeActionParams, type WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { MarkSentResult } from "../../shared/protocol";
import type { Diagnostic, Letter, TextEdit } from "../engine";
import { toDiagnostic, toTextEdit } from "./convert";
import { formatLocal, markSentEdit } from "./markSent";
import type { Analysis } from "./validation";

export const MARK_SENT_KIND = `${CodeActionKind.Source}.followup.markSent`;
export const DISABLE_KIND = `${CodeActionKind.QuickFix}.followup.disable`;

export function workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit & MarkSentResult & { documentChanges: { textDocument: { version: number | null } }[] } {
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits.map((e) => toTextEdit(doc, e)) }] };
}

const wants = (only: string[] | undefined, kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams, now: Date): CodeAction[] {
  const letter = analysis.read?.letter;
  if (!letter?.isLetter) return [];
  const only = params.context.only;
  const from = doc.offsetAt(params.range.start);
  const to = doc.offsetAt(params.range.end);
  const here = analysis.diagnostics.filter((d) => d.start <= to && d.end >= from);
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const d of here) {
      for (const fix of d.fixes ?? []) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [toDiagnostic(doc, d)], isPreferred: fix.isPreferred, edit: workspaceEdit(doc, fix.edits) });
      }
    }
  }
  if (wants(only, DISABLE_KIND)) actions.push(...disableActions(doc, letter, here));
  if (wants(only, MARK_SENT_KIND)) {
    const edit = markSentEdit(letter, formatLocal(now, analysis.settings.timeZone));
    if (edit) actions.push({ title: "Mark as sent now", kind: MARK_SENT_KIND, edit: workspaceEdit(doc, [edit]) });
  }
  return actions;
}

const NEXT_LINE = /<!--\s*followup-disable-next-line\b([^]*?)-->/;

/** "Disable CODE for this line" / "… for this file", for diagnostics in the body (a comment cannot go in the YAML). */
function disableActions(doc: TextDocument, letter: Letter, diagnostics: Diagnostic[]): CodeAction[] {
  const text = letter.text;
  const eol = letter.eol;
  const out: CodeAction[] = [];
  const seen = new Set<string>();
  // A body that starts on the closing fence's line (no line break after ---) gets one first.
  const lead = letter.bodyStart === 0 || text[letter.bodyStart - 1] === "\n" ? "" : eol;
  for (const d of diagnostics) {
    if (d.start < letter.bodyStart) continue;
    const lineStart = Math.max(text.lastIndexOf("\n", d.start - 1) + 1, letter.bodyStart);
    const lineLead = lineStart === letter.bodyStart ? lead : "";
    const lineKey = `${d.code}@${lineStart}`;
    const lineEnd = text.indexOf("\n", lineStart);
    const onText = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim() !== "";
    // On an empty body there is no line to silence: only "for this file" makes sense.
    if (onText && !seen.has(lineKey)) {
      seen.add(lineKey);
      out.push({ title: `Disable ${d.code} for this line`, kind: DISABLE_KIND, diagnostics: [toDiagnostic(doc, d)], edit: workspaceEdit(doc, [nextLineEdit(text, lineStart, d.code, eol, lineLead)]) });
    }
    if (!seen.has(d.code)) {
      seen.add(d.code);
      out.push({
        title: `Disable ${d.code} for this file`,
        kind: DISABLE_KIND,
        diagnostics: [toDiagnostic(doc, d)],
        edit: workspaceEdit(doc, [{ start: letter.bodyStart, end: letter.bodyStart, newText: `${lead}<!-- followup-disable ${d.code} -->${eol}` }]),
      });
    }
  }
  return out;
}

/** A `disable-next-line` comment above the line, or the code added to the one already there. */
function nextLineEdit(text: string, lineStart: number, code: string, eol: string, lead = ""): TextEdit {
  if (lineStart > 0 && !lead) {
    const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const prev = text.slice(prevStart, lineStart).replace(/\r?\n$/, "");
    const m = NEXT_LINE.exec(prev);
    if (m && m[1].trim() !== "") {
      const at = prevStart + m.index + m[0].length - 3;
      const pad = /\s$/.test(prev.slice(0, at - prevStart)) ? "" : " ";
      return { start: at, end: at, newText: `${pad}${code} ` };
    }
  }
  const indent = /^[ \t]{0,3}/.exec(text.slice(lineStart))![0];
  return { start: lineStart, end: lineStart, newText: `${lead}${indent}<!-- followup-disable-next-line ${code} -->${eol}` };
}
