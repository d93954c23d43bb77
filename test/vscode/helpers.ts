// Waiting on events, never on the clock: every wait resolves on an event and fails after a deadline.
import * as vscode from "vscode";
import type { FollowupApi } from "../../client/extension";
import type { AgendaResult } from "../../shared/protocol";

export const EXTENSION_ID = "interview-follow-up.interview-follow-up";

export async function activate(): Promise<FollowupApi> {
  const ext = vscode.extensions.getExtension<FollowupApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  await api.ready;
  return api;
}

/** Resolves with the first value `check` returns that is not undefined, checking now and on every `event`. */
export function when<T, E>(event: vscode.Event<E>, check: () => T | undefined, what: string, ms = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const listener = event(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

export const agendaWhere = (api: FollowupApi, ok: (r: AgendaResult) => boolean, what: string) =>
  when(api.onDidChangeAgenda, () => (api.agenda.result && ok(api.agenda.result) ? api.agenda.result : undefined), what);

export const diagnosticsWhere = (uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, what: string) =>
  when(vscode.languages.onDidChangeDiagnostics, () => {
    const d = vscode.languages.getDiagnostics(uri);
    return ok(d) ? d : undefined;
  }, `${what} in ${vscode.workspace.asRelativePath(uri)} (now: ${vscode.languages.getDiagnostics(uri).map(codeOf).join(", ") || "none"})`);

export const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === "object" ? String(d.code.value) : String(d.code));

interface LspDiagnostic { code?: string | number; severity?: number; message: string }

/**
 * The server's diagnostics for the document as the editor has it now. With pull diagnostics
 * this is a request (the client sends pending changes first), so the answer is for the latest text.
 */
export async function serverDiagnostics(api: FollowupApi, document: vscode.TextDocument): Promise<LspDiagnostic[]> {
  const client = api.client!;
  if (client.initializeResult?.capabilities.diagnosticProvider) {
    const report = await client.sendRequest<{ kind: string; items?: LspDiagnostic[] }>("textDocument/diagnostic", { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } });
    return report.items ?? [];
  }
  // push: the next publication for this document
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => (listener.dispose(), reject(new Error("no diagnostics published"))), 20_000);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === document.uri.toString())) (clearTimeout(timer), listener.dispose(), resolve());
    });
  });
  return vscode.languages.getDiagnostics(document.uri).map((d) => ({ code: codeOf(d), severity: d.severity + 1, message: d.message }));
}

export async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}
