// The command line's work on a set of files: read them (facts for the thread index), then
// check them against the whole index. The same code runs in-process for a few files and on
// worker threads, one share of the files each, for a large folder.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { FollowupSettings } from "../shared/settings";
import { checkRead, LetterIndex, readLetter, readSummary, type LetterSummary, type ReadLetter } from "./engine";

export interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface FileResult {
  path: string;
  letter: boolean;
  diagnostics: JsonDiagnostic[];
}

export interface FileRead {
  path: string;
  letter: boolean;
  summary?: LetterSummary;
  /** why the file could not be read */
  error?: string;
}

export interface BatchOptions {
  settings: FollowupSettings;
  now: Date;
  /** `agenda` needs only the front matter */
  factsOnly: boolean;
}

/** Files as [absolute file, displayed path]. */
export type FileList = [string, string][];

class Batch {
  private readonly texts = new Map<string, string>();
  private readonly reads = new Map<string, ReadLetter>();

  constructor(private readonly o: BatchOptions) {}

  read(files: FileList): FileRead[] {
    return files.map(([file, path]) => {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        return { path, letter: false, error: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // editors hide the BOM; positions follow them
      if (this.o.factsOnly) {
        const summary = readSummary(text, this.o.settings, path);
        return { path, letter: !!summary, summary };
      }
      const read = readLetter(text, this.o.settings, path);
      this.texts.set(path, text);
      this.reads.set(path, read);
      return { path, letter: read.letter.isLetter, summary: read.summary };
    });
  }

  check(summaries: LetterSummary[]): FileResult[] {
    const index = new LetterIndex();
    for (const s of summaries) index.set(s.id, s);
    const out: FileResult[] = [];
    for (const [path, read] of this.reads) {
      const doc = TextDocument.create("file:///letter.md", "markdown", 0, this.texts.get(path)!);
      const diagnostics = checkRead(read, { settings: this.o.settings, now: this.o.now, id: path, index }).map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        range: { start: doc.positionAt(d.start), end: doc.positionAt(d.end) },
      }));
      out.push({ path, letter: read.letter.isLetter, diagnostics });
    }
    return out;
  }
}

/** Below this many files, worker start-up costs more than it saves. */
const PARALLEL_FROM = 400;

/** Reads every file, then checks each against all the others' facts; results in the files' order. */
export async function runBatch(files: FileList, options: BatchOptions, maxWorkers = availableParallelism()): Promise<{ reads: FileRead[]; results: FileResult[] }> {
  const workers = Math.min(maxWorkers, 8, Math.floor(files.length / (PARALLEL_FROM / 2)));
  if (workers < 2 || options.factsOnly) {
    const batch = new Batch(options);
    const reads = batch.read(files);
    const results = options.factsOnly ? [] : batch.check(reads.flatMap((r) => (r.summary ? [r.summary] : [])));
    return { reads, results };
  }
  const shares = Array.from({ length: workers }, (_, i) => files.filter((_, j) => j % workers === i));
  const pool = shares.map((share) => new WorkerShare(share, options));
  const readShares = await Promise.all(pool.map((w) => w.read()));
  const summaries = readShares.flat().flatMap((r) => (r.summary ? [r.summary] : []));
  const resultShares = await Promise.all(pool.map((w) => w.check(summaries)));
  const order = new Map(files.map(([, path], i) => [path, i]));
  const byOrder = <T extends { path: string }>(a: T, b: T) => order.get(a.path)! - order.get(b.path)!;
  return { reads: readShares.flat().sort(byOrder), results: resultShares.flat().sort(byOrder) };
}

type Message = { type: "read"; reads: FileRead[] } | { type: "checked"; results: FileResult[] } | { type: "failed"; error: string };

/** One worker thread holding one share of the files between the two phases. */
class WorkerShare {
  private readonly worker: Worker;
  private readonly next: ((m: Message) => void)[] = [];

  constructor(share: FileList, options: BatchOptions) {
    this.worker = new Worker(__filename, { workerData: { share, options } });
    this.worker.on("message", (m: Message) => this.next.shift()?.(m));
    this.worker.on("error", (error) => this.next.shift()?.({ type: "failed", error: String(error) }));
  }

  private reply<T>(pick: (m: Message) => T | undefined): Promise<T> {
    return new Promise((resolve, reject) =>
      this.next.push((m) => {
        const value = pick(m);
        if (value === undefined) reject(new Error(m.type === "failed" ? m.error : `unexpected ${m.type}`));
        else resolve(value);
      }),
    );
  }

  read(): Promise<FileRead[]> {
    return this.reply((m) => (m.type === "read" ? m.reads : undefined));
  }

  async check(summaries: LetterSummary[]): Promise<FileResult[]> {
    const results = this.reply((m) => (m.type === "checked" ? m.results : undefined));
    this.worker.postMessage(summaries);
    const out = await results;
    await this.worker.terminate();
    return out;
  }
}

// The worker side: read its share at once, check it when the index arrives.
if (!isMainThread && workerData?.share) {
  const { share, options } = workerData as { share: FileList; options: BatchOptions };
  const batch = new Batch(options);
  parentPort!.postMessage({ type: "read", reads: batch.read(share) } satisfies Message);
  parentPort!.once("message", (summaries: LetterSummary[]) => {
    parentPort!.postMessage({ type: "checked", results: batch.check(summaries) } satisfies Message);
  });
}
