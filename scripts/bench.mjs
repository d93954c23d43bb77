// Benchmarks (not tests): the engine per letter, the command line on 10,000 letters, the
// language server's edit-to-diagnostics latency, and its start-up indexing with memory.
//   npm run bench            (builds first)
//   node scripts/bench.mjs [--letters 10000] [--edits 300]
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const LETTERS = arg("letters", 10_000);
const EDITS = arg("edits", 300);

// ---------- letters ----------
const SENTENCES = [
  "Thank you for taking the time to meet with me on Tuesday to talk about the role and the team.",
  "I enjoyed hearing how the dispatch floor coordinates forty drivers a shift across three depots.",
  "Having run the night schedule at a regional carrier for three years, I am confident I can keep your new routes on time.",
  "Our conversation about the winter backlog stayed with me, and I have been thinking about how a shared board could help.",
  "At my last job I cut missed pickups by a fifth by moving the morning call sheet into a simple spreadsheet that everyone could see.",
  "I also appreciated meeting the two team leads, who explained how the handover between shifts works today.",
  "The focus on calm, clear communication with drivers matches how I like to work.",
  "If it would help, I am glad to share the checklist I wrote for new dispatchers.",
  "I look forward to hearing about the next steps in the process.",
  "Please let me know if there is anything else I can send along.",
];
const words = (s) => s.split(/\s+/).length;

function body(targetWords, seed) {
  const paragraphs = [];
  let count = 0, i = seed;
  while (count < targetWords) {
    const para = [];
    for (let k = 0; k < 3 && count < targetWords; k++) {
      const s = SENTENCES[i++ % SENTENCES.length];
      para.push(s);
      count += words(s);
    }
    paragraphs.push(para.join(" "));
  }
  return paragraphs.join("\n\n");
}

function letter(n, targetWords = 300) {
  const kinds = ["thank-you", "status-check", "nudge"];
  const kind = kinds[n % 3];
  const company = `Company ${Math.floor(n / 3)}`;
  const day = 1 + (n % 20);
  const sent = kind === "thank-you" ? `2026-10-${String(day).padStart(2, "0")}` : `2026-10-${String(day + (kind === "nudge" ? 9 : 7)).padStart(2, "0")}`;
  return `---
kind: ${kind}
company: ${company}
role: Dispatch Coordinator
interviewer: Luis Ortega
interviewed: 2026-10-${String(day).padStart(2, "0")} 10:00
sent: ${sent}
---
Dear Luis,

${body(targetWords - 6, n)}

Best regards,
Alex Kim
`;
}

// ---------- helpers ----------
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const rows = [];
const report = (what, measured, target, ok) => rows.push({ what, measured, target, ok: ok === undefined ? "" : ok ? "yes" : "NO" });

async function loadEngine(dir) {
  const out = join(dir, "engine.cjs");
  await esbuild.build({
    stdin: { contents: `export * from "./server/engine/index.ts"; export { resolveSettings } from "./shared/settings.ts";`, resolveDir: root, loader: "ts" },
    bundle: true, platform: "node", format: "cjs", outfile: out, logLevel: "error",
  });
  return require(out);
}

// ---------- (a) engine ----------
async function benchEngine(dir) {
  const engine = await loadEngine(dir);
  const settings = engine.resolveSettings({});
  const now = new Date("2026-11-26T12:00:00Z");
  for (const size of [300, 3000]) {
    const text = letter(0, size);
    const run = () => {
      const read = engine.readLetter(text, settings, "x");
      const index = new engine.LetterIndex();
      index.set("x", read.summary);
      return engine.checkRead(read, { settings, now, id: "x", index });
    };
    for (let i = 0; i < 30; i++) run();
    const times = [];
    const n = size > 1000 ? 100 : 400;
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      run();
      times.push(performance.now() - t);
    }
    const m = median(times);
    report(`engine: one ${words(body(size - 6, 0)) + 6}-word letter, median of ${n}`, ms(m), size === 300 ? "≤ 2 ms" : "", size === 300 ? m <= 2 : undefined);
  }
}

// ---------- (b) command line ----------
function writeLetters(dir, count) {
  for (let n = 0; n < count; n++) {
    const sub = join(dir, `batch-${Math.floor(n / 500)}`);
    if (n % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `letter-${n}.md`), letter(n));
  }
}

function benchCli(dir) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, "dist/cli.js"), "check", "--format", "json", "--now", "2026-11-26T12:00", dir], { maxBuffer: 1 << 30, encoding: "utf8" });
  const took = performance.now() - t;
  if (r.status === 2) throw new Error(`cli failed: ${r.stderr}`);
  const files = JSON.parse(r.stdout).files.length;
  report(`command line: check --format json, ${files.toLocaleString("en")} letters (wall)`, `${(took / 1000).toFixed(2)} s`, "≤ 10 s", took <= 10_000);
}

// ---------- (c), (d) language server ----------
async function startServer(folder, settings) {
  const rpc = require("vscode-languageserver-protocol/node");
  const child = spawn(process.execPath, [join(root, "dist/server.js"), "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  connection.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map(() => settings));
  connection.onNotification("window/logMessage", () => undefined);
  connection.listen();
  const folders = folder ? [{ uri: pathToFileURL(folder).href, name: "bench" }] : [];
  await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: folders[0]?.uri ?? null,
    workspaceFolders: folders,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  const stop = async () => {
    const exited = new Promise((r) => child.once("exit", r));
    await connection.sendRequest(rpc.ShutdownRequest.type);
    await connection.sendNotification(rpc.ExitNotification.type);
    await exited;
    connection.dispose();
  };
  return { rpc, child, connection, stop };
}

async function benchLatency() {
  const { rpc, connection, stop } = await startServer(undefined, { debounceMs: 0 });
  const waiting = new Map();
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => waiting.get(p.version)?.(p));
  const published = (version) => new Promise((r) => waiting.set(version, r));
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  const uri = "file:///bench/letter.md";
  let text = letter(0, 300);
  let first = published(1);
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "markdown", version: 1, text } });
  await first;
  const times = [];
  const at = text.indexOf("Best regards");
  for (let v = 2; v < EDITS + 2; v++) {
    // type one character before the signature, as a writer would
    const ch = v % 10 === 0 ? " " : "abcdefghij"[v % 10];
    const pos = { line: text.slice(0, at).split("\n").length - 1, character: 0 };
    text = text.slice(0, at) + ch + text.slice(at);
    const done = published(v);
    const t = performance.now();
    await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: [{ range: { start: pos, end: pos }, text: ch }] });
    await done;
    times.push(performance.now() - t);
  }
  await stop();
  const m = median(times), p95 = quantile(times, 0.95);
  report(`server: didChange → publishDiagnostics, 300-word letter, debounce 0, median of ${times.length}`, ms(m), "≤ 10 ms", m <= 10);
  report(`server: didChange → publishDiagnostics, p95`, ms(p95), "≤ 25 ms", p95 <= 25);
}

async function benchIndex(folder) {
  const { rpc, child, connection, stop } = await startServer(folder, {});
  const indexed = new Promise((r) => connection.onNotification("followup/indexed", r));
  const t = performance.now();
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  const result = await indexed;
  const took = performance.now() - t;
  const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  await stop();
  report(`server: index ${result.letters.toLocaleString("en")} letters at start (initialized → followup/indexed)`, `${(took / 1000).toFixed(2)} s`, "≤ 5 s", took <= 5000);
  report(`server: RSS after indexing`, `${(rssKb / 1024).toFixed(0)} MB`, "≤ 200 MB", rssKb / 1024 <= 200);
}

// ---------- run ----------
const work = mkdtempSync(join(tmpdir(), "followup-bench-"));
try {
  console.log(`node ${process.version}, ${process.platform} ${process.arch}; generating ${LETTERS.toLocaleString("en")} letters in ${work}…`);
  await benchEngine(work);
  const letters = join(work, "letters");
  writeLetters(letters, LETTERS);
  benchCli(letters);
  await benchLatency();
  await benchIndex(letters);
} finally {
  rmSync(work, { recursive: true, force: true });
}
const w = [Math.max(...rows.map((r) => r.what.length)), Math.max(8, ...rows.map((r) => r.measured.length)), Math.max(6, ...rows.map((r) => r.target.length))];
const line = (a, b, c, d) => `${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c.padEnd(w[2])}  ${d}`;
console.log(`\n${line("what", "measured", "target", "met")}`);
console.log(line("-".repeat(w[0]), "-".repeat(w[1]), "-".repeat(w[2]), "---"));
for (const r of rows) console.log(line(r.what, r.measured, r.target, r.ok));
