// The LSP wiring around the engine: capabilities, documents, the workspace index, and the
// handlers, each guarded so an exception is logged and the server keeps serving.
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  AgendaChangedNotification,
  AgendaRequest,
  IndexedNotification,
  MarkSentRequest,
  type AgendaParams,
  type AgendaResult,
  type IndexedParams,
  type MarkSentParams,
  type MarkSentResult,
} from "../../shared/protocol";
import type { FollowupSettings } from "../../shared/settings";
import { parseDateValue, readLetter } from "../engine";
import { buildAgenda } from "./agenda";
import { codeActions, DISABLE_KIND, MARK_SENT_KIND, workspaceEdit } from "./codeActions";
import { complete } from "./completion";
import { hover } from "./hover";
import { formatLocal, markSentEdit } from "./markSent";
import { describe, detach, guard } from "./safe";
import { SettingsCache } from "./settings";
import { keyOf } from "./uri";
import { isTracked, Validation } from "./validation";
import { Workspace, type Folder } from "./workspace";

const RECHECK_MS = 5 * 60_000;

export function startServer(connection: Connection): void {
  const log = connection.console;
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();
  let capabilities: ClientCapabilities = {};
  const settings = new SettingsCache(connection, log, () => capabilities.workspace?.configuration);
  let validation: Validation | undefined;
  let indexing: Promise<void> = Promise.resolve();
  let indexed = false;
  /** per folder, the settings that change how its files were read */
  const readWith = new Map<string, string>();
  const readingKey = (s: FollowupSettings) => `${s.timeZone}\u0000${s.maxFileSize}`;

  process.on("uncaughtException", (error) => log.error(`followup: uncaught exception: ${describe(error)}`));
  process.on("unhandledRejection", (error) => log.error(`followup: unhandled rejection: ${describe(error)}`));

  let agendaQueued = false;
  const agendaChanged = () => {
    if (agendaQueued || !indexed) return;
    agendaQueued = true;
    setTimeout(() => {
      agendaQueued = false;
      connection.sendNotification(AgendaChangedNotification).catch(() => undefined);
    }, 20);
  };
  workspace.onDidChange((affected) => {
    validation?.threadsChanged(affected);
    agendaChanged();
  });

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: "root" }] : []);
    for (const f of folders) if (f.uri.startsWith("file:")) workspace.folders.push({ uri: f.uri, path: keyOf(f.uri) });
    const pull = capabilities.textDocument?.diagnostic !== undefined;
    validation = new Validation({ connection, documents, workspace, settings, log, pull, refreshSupport: capabilities.workspace?.diagnostics?.refreshSupport === true });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, DISABLE_KIND, MARK_SENT_KIND], resolveProvider: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [":", " "], resolveProvider: false },
        ...(pull ? { diagnosticProvider: { identifier: "followup", interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "followup-language-server", version: "0.1.0" },
    };
  });

  connection.onInitialized(
    guard(log, "initialized", undefined, async () => {
      reindex(workspace.folders);
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard(log, "workspace folders", undefined, (event) => {
            for (const removed of event.removed) {
              const folder = workspace.folders.find((f) => f.uri === removed.uri);
              if (folder) workspace.removeFolder(folder);
            }
            const added = event.added.filter((f) => f.uri.startsWith("file:")).map((f) => ({ uri: f.uri, path: keyOf(f.uri) }));
            workspace.folders.push(...added);
            reindex(added);
          }),
        );
      }
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*.md" }] });
      }
    }),
  );

  /** Reads the folders in the background; the first diagnostics never wait for it. */
  function reindex(folders: Folder[]) {
    const run = async () => {
      const started = performance.now();
      let files = 0, letters = 0;
      for (const folder of folders) {
        const s = await settings.get(folder.uri);
        readWith.set(folder.uri, readingKey(s));
        const counts = await workspace.indexFolder(folder, s);
        files += counts.files;
        letters += counts.letters;
      }
      const result: IndexedParams = { files, letters, ms: Math.round(performance.now() - started) };
      log.info(`followup: indexed ${letters} letters in ${files} Markdown files in ${result.ms} ms`);
      indexed = true;
      validation?.all();
      agendaChanged();
      await connection.sendNotification(IndexedNotification, result);
    };
    indexing = indexing.then(() => guard(log, "indexing", undefined, run)());
  }

  documents.onDidOpen((e) => validation?.opened(e.document));
  documents.onDidChangeContent((e) => validation?.changed(e.document));
  documents.onDidClose(
    guard(log, "close", undefined, async (e) => {
      validation?.closed(e.document);
      settings.forget(e.document.uri);
      if (isTracked(e.document)) await workspace.close(keyOf(e.document.uri), (uri) => settings.get(uri));
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard(log, "watched files", undefined, async (params) => {
      for (const change of params.changes) {
        if (!change.uri.startsWith("file:")) continue;
        const path = keyOf(change.uri);
        if (change.type === FileChangeType.Deleted) workspace.deleted(path);
        else if (workspace.covers(path)) await workspace.readFromDisk(path, (uri) => settings.get(uri));
      }
    }),
  );

  connection.onDidChangeConfiguration(
    guard(log, "configuration", undefined, async (params) => {
      settings.clear(params.settings);
      validation?.all();
      // dates without an offset read differently in another time zone: read those folders again
      const changed: Folder[] = [];
      for (const folder of workspace.folders) if (readWith.get(folder.uri) !== readingKey(await settings.get(folder.uri))) changed.push(folder);
      if (indexed && changed.length) reindex(changed);
    }),
  );

  connection.languages.diagnostics.on(
    guard(log, "pull diagnostics", { kind: "full", items: [] }, (params) => validation!.pulled(params.textDocument.uri)),
  );

  connection.onCodeAction(
    guard(log, "code actions", [], async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || !isTracked(doc)) return [];
      const analysis = await validation!.analyze(doc.uri);
      if (!analysis || analysis.version !== doc.version) return [];
      return codeActions(doc, analysis, params, new Date());
    }),
  );

  connection.onHover(
    guard(log, "hover", null, async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || !isTracked(doc)) return null;
      const analysis = await validation!.analyze(doc.uri);
      const read = analysis?.read;
      if (!analysis || !read || analysis.version !== doc.version) return null;
      const thread = read.summary ? workspace.index.threadOf(read.summary) : [];
      return hover(doc, read.letter, doc.offsetAt(params.position), thread, analysis.settings, new Date());
    }),
  );

  connection.onCompletion(
    guard(log, "completion", null, async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || !isTracked(doc)) return null;
      const s = await settings.get(doc.uri);
      return complete(doc.getText(), doc.offsetAt(params.position), new Date(), s.timeZone, (start, end) => ({ start: doc.positionAt(start), end: doc.positionAt(end) }));
    }),
  );

  connection.onRequest(
    AgendaRequest,
    guard(log, "agenda", { now: new Date().toISOString(), threads: [] } as AgendaResult, async (params: AgendaParams | undefined) => {
      const s = await settings.get(workspace.folders[0]?.uri);
      let now = new Date();
      if (params?.now) {
        const parsed = parseDateValue(params.now, s.timeZone);
        if (parsed.ok) now = parsed.value.instant;
      }
      return buildAgenda(workspace.index.all(), now, s, (id) => workspace.uriOf(id));
    }),
  );

  connection.onRequest(
    MarkSentRequest,
    guard(log, "mark sent", null as MarkSentResult | null, async (params: MarkSentParams) => {
      const open = documents.get(params.uri);
      const s = await settings.get(params.uri);
      // an open document is edited at its version; a closed file on disk as it is (version null)
      const doc = open ?? (params.uri.startsWith("file:") ? TextDocument.create(params.uri, "markdown", 0, await readFile(keyOf(params.uri), "utf8").catch(() => "")) : undefined);
      if (!doc || !isTracked(doc)) return null;
      const letter = readLetter(doc.getText(), s, keyOf(doc.uri)).letter;
      let when = new Date();
      if (params.when) {
        const parsed = parseDateValue(params.when, s.timeZone);
        if (parsed.ok) when = parsed.value.instant;
      }
      const edit = markSentEdit(letter, formatLocal(when, s.timeZone));
      if (!edit) return null;
      const result = workspaceEdit(doc, [edit]);
      if (!open) result.documentChanges[0].textDocument.version = null;
      return result;
    }),
  );

  // Deadlines pass while a draft stays open: look again now and then (identical results are not re-sent).
  setInterval(() => validation?.all(), RECHECK_MS).unref();

  connection.onShutdown(() => undefined);
  documents.listen(connection);
  connection.listen();
  detach(log, "start", () => indexing);
}
