// The custom protocol between the client and the server, typed once for both.
// Plain method names and shapes: no import of vscode or the LSP libraries here.
import type { AgendaState, LetterKind } from "./letters";

export interface AgendaLetter {
  /** file URI */
  uri: string;
  kind: LetterKind;
  /** ISO date-time, or null for a draft */
  sent: string | null;
}

export interface AgendaThread {
  company: string;
  role: string;
  state: AgendaState;
  /** ISO 8601 with offset, or null when nothing is due */
  due: string | null;
  /** what the next letter would be, when one is due or pending */
  nextKind: LetterKind | null;
  /** the latest interviewer named in the thread, to greet in the next letter */
  interviewer: string | null;
  letters: AgendaLetter[];
}

export interface AgendaResult {
  /** ISO time the agenda was computed for */
  now: string;
  threads: AgendaThread[];
}

/** Request: client → server, the current agenda of every workspace folder. */
export const AgendaRequest = "followup/agenda";
export interface AgendaParams {
  /** ISO date-time; the server's clock when absent */
  now?: string;
}

/** Notification: server → client, whenever the agenda may have changed. */
export const AgendaChangedNotification = "followup/agendaChanged";

/** Request: client → server, the front-matter edit that marks a letter as sent. */
export const MarkSentRequest = "followup/markSent";
export interface MarkSentParams {
  uri: string;
  /** ISO date-time to write; now when absent */
  when?: string;
}

/** What the markSent request returns: an LSP WorkspaceEdit (documentChanges, version-guarded), or null for a file that is not a letter. */
export interface MarkSentResult {
  documentChanges: {
    textDocument: { uri: string; version: number | null };
    edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
  }[];
}

/** Notification: server → client, once the start-up indexing of the workspace folders is done (and after each re-index). */
export const IndexedNotification = "followup/indexed";
export interface IndexedParams {
  /** Markdown files read */
  files: number;
  /** of which letters */
  letters: number;
  /** milliseconds the indexing took */
  ms: number;
}

/** Client command ids, `followup.verbNoun`. */
export const ClientCommands = {
  newLetter: "followup.newLetter",
  markSent: "followup.markSent",
  writeNextLetter: "followup.writeNextLetter",
  markReplied: "followup.markReplied",
  setOutcome: "followup.setOutcome",
  showAgenda: "followup.showAgenda",
  refreshAgenda: "followup.refreshAgenda",
  restartServer: "followup.restartServer",
} as const;

/** The settings section the client contributes and the server reads. */
export const SETTINGS_SECTION = "followup";
