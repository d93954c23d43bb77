// The workspace index: one summary per file, grouped by thread. The command line fills it
// from a folder; the server from the workspace, the file watcher and open documents.
import { threadKey } from "./agenda";
import type { LetterSummary } from "./types";

export class LetterIndex {
  private readonly byId = new Map<string, LetterSummary>();
  private readonly byThread = new Map<string, Map<string, LetterSummary>>();

  get size(): number {
    return this.byId.size;
  }

  /** Records a file's summary; undefined removes a file that is no longer a letter. */
  set(id: string, summary: LetterSummary | undefined): void {
    this.delete(id);
    if (!summary) return;
    this.byId.set(id, summary);
    const key = threadKey(summary.company, summary.role);
    let thread = this.byThread.get(key);
    if (!thread) this.byThread.set(key, (thread = new Map()));
    thread.set(id, summary);
  }

  delete(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    const key = threadKey(old.company, old.role);
    const thread = this.byThread.get(key);
    thread?.delete(id);
    if (thread?.size === 0) this.byThread.delete(key);
  }

  get(id: string): LetterSummary | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<LetterSummary> {
    return this.byId.values();
  }

  ids(): IterableIterator<string> {
    return this.byId.keys();
  }

  /** The letter's thread: the other letters of its company and role, and this summary itself. */
  threadOf(summary: LetterSummary): LetterSummary[] {
    const others = this.byThread.get(threadKey(summary.company, summary.role));
    const thread = [summary];
    for (const [id, other] of others ?? []) if (id !== summary.id) thread.push(other);
    return thread;
  }

  /** Ids of every letter in the same thread as `summary` (for re-checking neighbours). */
  threadIds(summary: LetterSummary): string[] {
    return [...(this.byThread.get(threadKey(summary.company, summary.role))?.keys() ?? [])];
  }
}
