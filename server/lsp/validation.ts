// Diagnostics for open letters: pushed after a debounce, or pulled where the client can.
// Every result carries the version it was computed for; a result for a version that is no
// longer current is never published, and a burst of edits is checked once.
import { DocumentDiagnosticReportKind, type Connection, type Diagnostic as LspDiagnostic, type DocumentDiagnosticReport, type TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { FollowupSettings } from "../../shared/settings";
import { checkRead, readLetter, type Diagnostic, type ReadLetter } from "../engine";
import { failureDiagnostic, toDiagnostic } from "./convert";
import { detach, describe, type Log } from "./safe";
import type { SettingsCache } from "./settings";
import { isMarkdownPath, keyOf } from "./uri";
import type { Workspace } from "./workspace";

export interface Analysis {
  uri: string;
  version: number;
  generation: number;
  settings: FollowupSettings;
  read?: ReadLetter;
  diagnostics: Diagnostic[];
  lsp: LspDiagnostic[];
}

export interface ValidationOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: Workspace;
  settings: SettingsCache;
  log: Log;
  /** the client pulls diagnostics (textDocument/diagnostic) */
  pull: boolean;
  /** the client accepts workspace/diagnostic/refresh */
  refreshSupport: boolean;
}

/** Only Markdown documents are read; every other file type is left alone. */
export const isTracked = (doc: TextDocument): boolean => doc.languageId === "markdown" || isMarkdownPath(doc.uri);

export class Validation {
  /** bumped whenever a thread or the settings change, so cached results of neighbours go stale */
  private generation = 0;
  private readonly cache = new Map<string, Analysis>();
  private readonly timers = new Map<string, { cancel(): void }>();
  private analysing: string | undefined;
  private refreshQueued = false;
  private readonly opening = new Set<string>();
  private readonly published = new Map<string, { version: number; sent: string }>();

  constructor(private readonly o: ValidationOptions) {}

  /** A document opened: check it at once. */
  opened(doc: TextDocument): void {
    this.opening.add(doc.uri);
  }

  /** A document opened or changed: check it once the edits settle. */
  changed(doc: TextDocument): void {
    const uri = doc.uri;
    const now = this.opening.delete(uri);
    if (!isTracked(doc)) return;
    detach(this.o.log, "scheduling a check", async () => {
      const settings = await this.o.settings.get(uri);
      this.schedule(uri, now ? 0 : settings.debounceMs);
    });
  }

  closed(doc: TextDocument): void {
    this.timers.get(doc.uri)?.cancel();
    this.timers.delete(doc.uri);
    this.cache.delete(doc.uri);
    this.published.delete(doc.uri);
    if (!isTracked(doc)) return;
    if (!this.o.pull) this.o.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
  }

  /** Threads changed: re-check the open letters in them. */
  threadsChanged(keys: Set<string>): void {
    this.generation++;
    const again = this.o.documents.all().filter((d) => isTracked(d) && keys.has(keyOf(d.uri)) && keyOf(d.uri) !== this.analysing);
    if (again.length === 0) return;
    if (this.o.pull) this.refresh();
    else for (const doc of again) this.recheck(doc.uri);
  }

  /** Settings or the whole index changed: re-check every open letter. */
  all(): void {
    this.generation++;
    if (this.o.pull) this.refresh();
    for (const doc of this.o.documents.all()) if (isTracked(doc)) this.recheck(doc.uri);
  }

  /** textDocument/diagnostic */
  async pulled(uri: string): Promise<DocumentDiagnosticReport> {
    const doc = this.o.documents.get(uri);
    if (!doc || !isTracked(doc)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const analysis = await this.analyze(uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: analysis?.lsp ?? [] };
  }

  /** The analysis of a document's current version, cached while nothing else changes. */
  async analyze(uri: string): Promise<Analysis | undefined> {
    const settings = await this.o.settings.get(uri);
    const doc = this.o.documents.get(uri);
    if (!doc) return undefined;
    const cached = this.cache.get(uri);
    if (cached && cached.version === doc.version && cached.generation === this.generation && cached.settings === settings) return cached;
    const analysis = this.compute(doc, settings);
    this.cache.set(uri, analysis);
    return analysis;
  }

  private compute(doc: TextDocument, settings: FollowupSettings): Analysis {
    const uri = doc.uri;
    const key = keyOf(uri);
    const base = { uri, version: doc.version, settings };
    // The engine reads a byte-order mark itself, so every offset stays an offset into this text.
    const text = doc.getText();
    let read: ReadLetter | undefined;
    try {
      read = readLetter(text, settings, key);
      this.analysing = key;
      try {
        this.o.workspace.setOpen(key, uri, read.summary);
      } finally {
        this.analysing = undefined;
      }
      const diagnostics = checkRead(read, { settings, now: new Date(), id: key, index: this.o.workspace.index });
      return { ...base, generation: this.generation, read, diagnostics, lsp: diagnostics.map((d) => toDiagnostic(doc, d)) };
    } catch (error) {
      this.o.log.error(`followup: could not check ${uri}: ${describe(error)}`);
      return { ...base, generation: this.generation, read, diagnostics: [], lsp: [failureDiagnostic(error)] };
    }
  }

  /** Checks again soon; a check already waiting for the edits to settle will see the change anyway. */
  private recheck(uri: string): void {
    if (!this.timers.has(uri)) this.schedule(uri, 0);
  }

  private schedule(uri: string, delay: number): void {
    this.timers.get(uri)?.cancel();
    const run = () => {
      this.timers.delete(uri);
      detach(this.o.log, "checking a document", () => this.run(uri));
    };
    if (delay > 0) {
      const t = setTimeout(run, delay);
      this.timers.set(uri, { cancel: () => clearTimeout(t) });
    } else {
      const t = setImmediate(run);
      this.timers.set(uri, { cancel: () => clearImmediate(t) });
    }
  }

  private async run(uri: string): Promise<void> {
    const analysis = await this.analyze(uri);
    if (!analysis || this.o.pull) return;
    const doc = this.o.documents.get(uri);
    if (!doc || doc.version !== analysis.version) return; // a newer edit is scheduled already
    const sent = JSON.stringify(analysis.lsp);
    const last = this.published.get(uri);
    if (last && last.version === analysis.version && last.sent === sent) return; // nothing new to say
    this.published.set(uri, { version: analysis.version, sent });
    this.o.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: analysis.lsp });
  }

  private refresh(): void {
    if (!this.o.refreshSupport || this.refreshQueued) return;
    this.refreshQueued = true;
    setImmediate(() => {
      this.refreshQueued = false;
      this.o.connection.languages.diagnostics.refresh();
    });
  }
}
