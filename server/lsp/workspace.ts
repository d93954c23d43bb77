// The workspace's letters: every Markdown file under the workspace folders, read at start
// and kept current from the file watcher; an open document overrides its file on disk.
import { readFileSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { join, sep } from "node:path";
import type { FollowupSettings } from "../../shared/settings";
import { LetterIndex, readSummary, type LetterSummary } from "../engine";
import { fileUri, isIndexable, isMarkdownPath } from "./uri";

export interface Folder {
  uri: string;
  path: string;
}

/** What changed: the index keys of every letter whose thread may read differently now. */
export type ChangeListener = (affected: Set<string>) => void;

const SLICE_MS = 10;

export class Workspace {
  readonly index = new LetterIndex();
  readonly folders: Folder[] = [];
  /** index key → URI to show for it (the client's spelling for open documents) */
  private readonly uris = new Map<string, string>();
  private readonly open = new Set<string>();
  private readonly listeners: ChangeListener[] = [];

  onDidChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  uriOf(key: string): string {
    return this.uris.get(key) ?? (key.startsWith(sep) || /^[A-Za-z]:/.test(key) ? fileUri(key) : key);
  }

  folderOf(path: string): Folder | undefined {
    return this.folders.filter((f) => path.startsWith(f.path.endsWith(sep) ? f.path : f.path + sep)).sort((a, b) => b.path.length - a.path.length)[0];
  }

  /** Whether a file on disk belongs in the index (single-file mode: no folders, any Markdown file). */
  covers(path: string): boolean {
    if (this.folders.length === 0) return isMarkdownPath(path);
    const folder = this.folderOf(path);
    return folder !== undefined && isIndexable(path, folder.path);
  }

  /** Records an open document's summary; it wins over the disk until closed. */
  setOpen(key: string, uri: string, summary: LetterSummary | undefined): void {
    this.open.add(key);
    this.uris.set(key, uri);
    this.put(key, summary);
  }

  isOpen(key: string): boolean {
    return this.open.has(key);
  }

  /** The document closed: its file on disk counts again (or nothing, when it is not in the workspace). */
  async close(key: string, settings: (folderUri?: string) => Promise<FollowupSettings>): Promise<void> {
    this.open.delete(key);
    this.uris.delete(key);
    if (this.covers(key)) await this.readFromDisk(key, settings);
    else this.put(key, undefined);
  }

  /** A file changed or appeared on disk. */
  async readFromDisk(path: string, settings: (folderUri?: string) => Promise<FollowupSettings>): Promise<void> {
    if (this.open.has(path)) return;
    const s = await settings(this.folderOf(path)?.uri);
    const summary = await summarizeFile(path, s);
    if (!this.open.has(path)) this.put(path, summary);
  }

  /** A file or folder was deleted on disk. */
  deleted(path: string): void {
    const prefix = path.endsWith(sep) ? path : path + sep;
    const gone = [...this.index.ids()].filter((id) => (id === path || id.startsWith(prefix)) && !this.open.has(id));
    this.putMany(gone.map((id) => [id, undefined]));
  }

  /** Reads every Markdown file under a folder; calls `onProgress` never, returns the counts. */
  async indexFolder(folder: Folder, settings: FollowupSettings): Promise<{ files: number; letters: number }> {
    const files = await markdownFiles(folder.path);
    const found: [string, LetterSummary | undefined][] = [];
    // Small files read synchronously are several times faster than fs.promises; yielding
    // every few milliseconds keeps the server answering (first diagnostics never wait).
    let slice = performance.now();
    for (const path of files) {
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
      const summary = summarizeText(path, readText(path), settings);
      if (summary) found.push([path, summary]);
    }
    // Files that left the folder since the last indexing go; open documents keep their own summary.
    const stale = [...this.index.ids()].filter((id) => this.folderOf(id) === folder && !this.open.has(id));
    const seen = new Set(found.map(([p]) => p));
    this.putMany([...stale.filter((id) => !seen.has(id)).map((id): [string, undefined] => [id, undefined]), ...found.filter(([p]) => !this.open.has(p))]);
    return { files: files.length, letters: found.length };
  }

  removeFolder(folder: Folder): void {
    const gone = [...this.index.ids()].filter((id) => this.folderOf(id) === folder && !this.open.has(id));
    const at = this.folders.indexOf(folder);
    if (at >= 0) this.folders.splice(at, 1);
    this.putMany(gone.map((id) => [id, undefined]));
  }

  private put(key: string, summary: LetterSummary | undefined): void {
    this.putMany([[key, summary]]);
  }

  private putMany(changes: [string, LetterSummary | undefined][]): void {
    const affected = new Set<string>();
    for (const [key, summary] of changes) {
      const old = this.index.get(key);
      if (sameSummary(old, summary)) {
        if (summary) this.index.set(key, summary);
        continue;
      }
      if (old) for (const id of this.index.threadIds(old)) affected.add(id);
      this.index.set(key, summary);
      if (summary) for (const id of this.index.threadIds(summary)) affected.add(id);
      affected.add(key);
    }
    if (affected.size) for (const listener of this.listeners) listener(affected);
  }
}

async function summarizeFile(path: string, settings: FollowupSettings): Promise<LetterSummary | undefined> {
  if (!isPlainFile(path)) return undefined;
  return summarizeText(path, await readFile(path, "utf8").catch(() => undefined), settings);
}

function readText(path: string): string | undefined {
  if (!isPlainFile(path)) return undefined;
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined; // gone or unreadable: not a letter of the workspace
  }
}

/** Only regular files are read: a FIFO or a device named `*.md` would block the server forever. */
function isPlainFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function summarizeText(path: string, text: string | undefined, settings: FollowupSettings): LetterSummary | undefined {
  if (text === undefined) return undefined;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return readSummary(text, settings, path);
  } catch {
    return undefined;
  }
}

/** Every Markdown file under a folder, skipping node_modules and dot-folders. */
async function markdownFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const folders: string[] = [];
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith(".") && e.name !== "node_modules") folders.push(full);
      } else if (e.isFile() && isMarkdownPath(e.name)) out.push(full);
    }
    await Promise.all(folders.map(walk));
  };
  await walk(root);
  return out;
}

const stamp = (d: { instant: Date; dateOnly: boolean } | undefined) => (d ? `${d.instant.getTime()}${d.dateOnly ? "d" : "t"}` : "");

/** Whether two summaries tell the threads and the agenda the same thing. */
function sameSummary(a: LetterSummary | undefined, b: LetterSummary | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.kind === b.kind &&
    a.company === b.company &&
    a.role === b.role &&
    a.outcome === b.outcome &&
    a.interviewer.join("\u0000") === b.interviewer.join("\u0000") &&
    stamp(a.interviewed) === stamp(b.interviewed) &&
    stamp(a.sent) === stamp(b.sent) &&
    stamp(a.promised) === stamp(b.promised) &&
    stamp(a.replied) === stamp(b.replied)
  );
}
