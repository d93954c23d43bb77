// The agenda as the client knows it: asked of the server, refreshed on its change
// notification and every minute, published through one event.
import * as vscode from "vscode";
import type { AgendaParams, AgendaResult, AgendaThread } from "../shared/protocol";
import { AgendaRequest } from "../shared/protocol";

export interface AgendaSource {
  sendRequest(method: string, params: AgendaParams): Promise<AgendaResult>;
}

export class Agenda implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AgendaResult>();
  /** Fires after every refresh with the agenda the tree and status bar now show. */
  readonly onDidChange = this.changed.event;
  private current: AgendaResult | undefined;
  private source: AgendaSource | undefined;
  private fixedNow: Date | undefined;
  private sequence = 0;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly log: (line: string) => void) {
    this.timer = setInterval(() => void this.refresh(), 60_000);
  }

  get result(): AgendaResult | undefined {
    return this.current;
  }
  get threads(): AgendaThread[] {
    return this.current?.threads ?? [];
  }
  /** The moment relative times are measured from: the clock, or a fixed time in tests. */
  now(): Date {
    return this.fixedNow ?? new Date();
  }
  /** Fixes "now" (tests, screenshots); undefined goes back to the clock. */
  setNow(now: Date | undefined): Promise<AgendaResult | undefined> {
    this.fixedNow = now;
    return this.refresh();
  }

  setSource(source: AgendaSource | undefined): void {
    this.source = source;
  }

  /** Asks the server; the latest answer wins when refreshes overlap. */
  async refresh(): Promise<AgendaResult | undefined> {
    const source = this.source;
    if (!source) return this.current;
    const mine = ++this.sequence;
    try {
      const params: AgendaParams = this.fixedNow ? { now: this.fixedNow.toISOString() } : {};
      const result = await source.sendRequest(AgendaRequest, params);
      if (mine !== this.sequence) return this.current;
      this.current = result ?? { now: this.now().toISOString(), threads: [] };
      void vscode.commands.executeCommand("setContext", "followup.hasLetters", this.threads.some((t) => t.letters.length > 0));
      this.changed.fire(this.current);
    } catch (error) {
      this.log(`[client] agenda request failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return this.current;
  }

  /** The thread a letter belongs to, and the letter. */
  find(uri: vscode.Uri): { thread: AgendaThread; index: number } | undefined {
    const key = uri.toString();
    for (const thread of this.threads) {
      const index = thread.letters.findIndex((l) => vscode.Uri.parse(l.uri).toString() === key);
      if (index >= 0) return { thread, index };
    }
    return undefined;
  }

  dispose(): void {
    clearInterval(this.timer);
    this.changed.dispose();
  }
}
