#!/usr/bin/env node
// The command line (spec §5): the engine over files and folders, for scripts and CI.
//   followup check|agenda [--format text|json] [--now DATETIME] [--config FILE] PATH…
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { isMainThread } from "node:worker_threads";
import { resolveSettings, type FollowupSettings } from "../shared/settings";
import { runBatch, type FileList, type FileResult } from "./cliBatch";
import { formatAgendaTable, formatDiagnosticLine, formatSummary } from "./cliFormat";
import { groupThreads, isKnownTimeZone, parseDateValue, threadState, type LetterSummary } from "./engine";

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `usage: followup check|agenda [--format text|json] [--now DATETIME] [--config FILE] PATH…`;
const CONFIG_FILE = "followup.config.json";

class UsageError extends Error {}

interface Options {
  verb: "check" | "agenda";
  format: "text" | "json";
  now?: string;
  config?: string;
  paths: string[];
}

function parseArgs(argv: string[]): Options {
  const [verb, ...rest] = argv;
  if (verb !== "check" && verb !== "agenda") throw new UsageError(verb ? `unknown command "${verb}"` : "missing command");
  const opts: Options = { verb, format: "text", paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === "--format") {
      const f = value();
      if (f !== "text" && f !== "json") throw new UsageError(`--format must be text or json, not "${f}"`);
      opts.format = f;
    } else if (arg === "--now") opts.now = value();
    else if (arg === "--config") opts.config = value();
    else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
    else opts.paths.push(arg);
  }
  if (opts.paths.length === 0) throw new UsageError("no PATH given");
  return opts;
}

function loadSettings(io: Io, file?: string): FollowupSettings {
  const path = resolve(io.cwd, file ?? CONFIG_FILE);
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    if (file) throw new UsageError(`cannot read config file ${file}`);
    return resolveSettings({});
  }
  try {
    const settings = resolveSettings(JSON.parse(raw));
    if (!isKnownTimeZone(settings.timeZone)) throw new UsageError(`unknown timeZone "${settings.timeZone}" in ${relative(io.cwd, path)}`);
    return settings;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${relative(io.cwd, path)} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Markdown files under the given paths, skipping node_modules and dot-folders; unreadable paths reported. */
function collectFiles(io: Io, paths: string[], problems: string[]): string[] {
  const files = new Set<string>();
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push(`cannot read folder ${display(io, dir)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return;
    }
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith(".") && e.name !== "node_modules") walk(full);
      } else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) files.add(full);
    }
  };
  for (const p of paths) {
    const full = resolve(io.cwd, p);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      problems.push(`no such file or folder: ${p}`);
      continue;
    }
    if (stat.isDirectory()) walk(full);
    else if (stat.isFile()) files.add(full);
    else problems.push(`not a file or folder: ${p}`); // a FIFO or a device would block or never end
  }
  return [...files].sort((a, b) => display(io, a).localeCompare(display(io, b)));
}

const display = (io: Io, file: string) => relative(io.cwd, file).split(sep).join("/") || ".";

export async function run(argv: string[], io: Io): Promise<number> {
  if (argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    io.out(`${USAGE}\n\n  check   report what a career coach would point out in each letter\n  agenda  list every application thread with its state and what is due\n`);
    return 0;
  }
  let opts: Options, settings: FollowupSettings, now: Date;
  try {
    opts = parseArgs(argv);
    settings = loadSettings(io, opts.config);
    now = parseNow(opts.now, settings);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`followup: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const problems: string[] = [];
  const files: FileList = collectFiles(io, opts.paths, problems).map((file) => [file, display(io, file)]);
  const workers = Number(io.env.FOLLOWUP_WORKERS) || undefined; // 1 keeps everything on the main thread
  const { reads, results } = await runBatch(files, { settings, now, factsOnly: opts.verb === "agenda" }, workers);
  for (const r of reads) if (r.error) problems.push(r.error);
  for (const p of problems) io.err(`followup: ${p}\n`);

  const summaries = reads.flatMap((r) => (r.summary ? [r.summary] : []));
  if (opts.verb === "check") printCheck(io, opts.format, results);
  else printAgenda(io, opts.format, summaries, now, settings);
  if (problems.length) return 2;
  const serious = results.some((f) => f.diagnostics.some((d) => d.severity === "error" || d.severity === "warning"));
  return opts.verb === "check" && serious ? 1 : 0;
}

function parseNow(value: string | undefined, settings: FollowupSettings): Date {
  if (value === undefined) return new Date();
  const parsed = parseDateValue(value, settings.timeZone);
  if (!parsed.ok) throw new UsageError(`--now: ${parsed.reason}`);
  return parsed.value.instant;
}

function printCheck(io: Io, format: Options["format"], files: FileResult[]) {
  if (format === "json") return io.out(`${JSON.stringify({ files }, null, 2)}\n`);
  for (const f of files) for (const d of f.diagnostics) io.out(`${formatDiagnosticLine(f.path, d)}\n`);
  io.out(`${formatSummary(files)}\n`);
}

function printAgenda(io: Io, format: Options["format"], summaries: LetterSummary[], now: Date, settings: FollowupSettings) {
  const threads = groupThreads(summaries)
    .map((t) => ({ thread: t, ...threadState(t.letters, now, settings) }))
    .sort((a, b) => (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity) || a.thread.company.localeCompare(b.thread.company) || a.thread.role.localeCompare(b.thread.role))
    .map(({ thread, state, due }) => ({
      company: thread.company,
      role: thread.role,
      state,
      due: due ? due.toISOString() : null,
      letters: thread.letters.map((l) => l.id),
    }));
  if (format === "json") return io.out(`${JSON.stringify({ threads }, null, 2)}\n`);
  io.out(formatAgendaTable(threads, now, settings.timeZone));
}

if (require.main === module && isMainThread) {
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  }).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(`followup: internal error: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
}
