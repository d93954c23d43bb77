// Engine offsets to LSP positions, only here at the edge (UTF-16, as TextDocument counts).
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range, type TextEdit as LspTextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { ruleDocUrl, type Severity } from "../../shared/letters";
import type { Diagnostic, Span, TextEdit } from "../engine";

export const SOURCE = "followup";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const toRange = (doc: TextDocument, span: Span): Range => ({ start: doc.positionAt(span.start), end: doc.positionAt(span.end) });

export const toTextEdit = (doc: TextDocument, edit: TextEdit): LspTextEdit => ({ range: toRange(doc, edit), newText: edit.newText });

export function toDiagnostic(doc: TextDocument, d: Diagnostic): LspDiagnostic {
  return {
    range: toRange(doc, d),
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: ruleDocUrl(d.code) },
    source: SOURCE,
    message: d.message,
  };
}

/** The one diagnostic for a file the engine could not read. */
export function failureDiagnostic(error: unknown): LspDiagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: `Follow-up could not check this file (${reason}). The other files are still checked; please report this file's shape.`,
  };
}
