// Issue 5 against the real server (dist/server.js --stdio, a real JSON-RPC client): requests
// out of order, for unknown documents, with malformed params, cancelled, and huge documents.
// After each, the server still answers.
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import {
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type TextDocumentEdit,
  type TextEdit,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { AgendaRequest, MarkSentRequest } from "../../shared/protocol";
import { analyzeText } from "../../server/engine";
import { resolveSettings } from "../../shared/settings";
import { base, CASES, fill, GLOBAL, LETTER_HEAD, MARK } from "../fixtures/hostile/cases";
import { editsArb, letterArb } from "../fixtures/hostile/generators";
import { fileUri, Session } from "./harness";

const LETTER = base().replace("Thank you for your time.", "I really need this job. Thank you for your time.");

describe("language server: hostile clients and documents", function () {
  this.timeout(60_000);
  let dir: string;
  let session: Session;
  let n = 0;
  const uri = (name = `letter-${++n}.md`) => fileUri(join(dir, name));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "followup-lsp-hostile-"));
    session = await Session.start({ folders: [dir], settings: { timeZone: "UTC" } });
  });
  afterEach(async () => {
    assert.equal(session.child.exitCode, null, `the server died: ${session.stderr}`);
    await session.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The server still works: a fresh letter gets its diagnostics and a hover answers. */
  async function stillServing() {
    const u = uri();
    const published = session.diagnostics(u, (p) => p.diagnostics.length > 0);
    await session.open(u, LETTER);
    const p = await published;
    assert.ok(p.diagnostics.some((d) => d.code === "needy-phrasing"));
    await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: { line: 1, character: 2 } });
    assert.equal(session.child.exitCode, null);
  }

  /** A request either answers or fails with a JSON-RPC error; it never goes unanswered. */
  async function answers(send: () => Promise<unknown>): Promise<unknown> {
    try {
      return await send();
    } catch (error) {
      assert.ok(typeof (error as { code?: unknown }).code === "number", `not a JSON-RPC error: ${error}`);
      return error;
    }
  }

  it("survives a change before open and a change for a closed document", async () => {
    const u = uri();
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: u, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, text: "x" }],
    });
    await session.change(u, 3, "whole text for a document never opened");
    await session.open(u, LETTER, "markdown", 4);
    await session.diagnostics(u, (p) => p.version === 4);
    await session.close(u);
    await session.change(u, 5, "after close");
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: u, version: 6 },
      contentChanges: [{ range: { start: { line: 99, character: 0 }, end: { line: 100, character: 0 } }, text: "x" }],
    });
    await session.close(u);
    await stillServing();
  });

  it("answers code actions, hover and completion for an unknown URI", async () => {
    for (const u of [uri("never-opened.md"), "untitled:Untitled-1", "http://example.com/x.md", "not a uri at all", ""]) {
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
      assert.deepEqual(await answers(() => session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: u }, range, context: { diagnostics: [] } })), []);
      assert.equal(await answers(() => session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: range.start })), null);
      assert.equal(await answers(() => session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: u }, position: range.start })), null);
      await answers(() => session.connection.sendRequest(MarkSentRequest, { uri: u }));
    }
    await stillServing();
  });

  it("does not block on a FIFO named *.md that the file watcher reports", async () => {
    const fifo = join(dir, "pipe.md");
    execFileSync("mkfifo", [fifo]);
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(fifo), type: FileChangeType.Created }] });
    const agenda = (await session.connection.sendRequest(AgendaRequest, { now: "2026-11-26T12:00:00Z" })) as { threads: unknown[] };
    assert.deepEqual(agenda.threads, []);
    await stillServing();
  });

  it("answers malformed params without dying", async () => {
    const u = uri();
    await session.open(u, LETTER);
    await session.diagnostics(u);
    const bad: [string, unknown][] = [
      [CodeActionRequest.method, null],
      [CodeActionRequest.method, {}],
      [CodeActionRequest.method, { textDocument: { uri: u } }],
      [CodeActionRequest.method, { textDocument: { uri: u }, range: { start: { line: -1, character: -5 }, end: { line: 1e9, character: 1e9 } }, context: { diagnostics: [] } }],
      [CodeActionRequest.method, { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }, context: { diagnostics: [{ code: "needy-phrasing", range: null, message: 7 }] } }],
      [CodeActionRequest.method, { textDocument: { uri: u }, range: { start: { line: "a", character: {} }, end: null }, context: null }],
      [HoverRequest.method, { textDocument: { uri: u }, position: { line: 1e9, character: -1 } }],
      [HoverRequest.method, { textDocument: { uri: u }, position: null }],
      [HoverRequest.method, { textDocument: null }],
      [CompletionRequest.method, { textDocument: { uri: u }, position: { line: 3, character: 1e9 } }],
      [CompletionRequest.method, { textDocument: { uri: u } }],
      [AgendaRequest, { now: "not a date" }],
      [AgendaRequest, { now: { $gt: 1 } }],
      [AgendaRequest, null],
      [MarkSentRequest, { uri: u, when: "2026-02-30" }],
      [MarkSentRequest, { uri: 42 }],
      [MarkSentRequest, null],
      ["followup/noSuchRequest", { x: 1 }],
      ["textDocument/diagnostic", { textDocument: { uri: u } }],
    ];
    for (const [method, params] of bad) await answers(() => session.connection.sendRequest(method, params));
    for (const method of ["textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration"]) {
      await session.connection.sendNotification(method, null);
      await session.connection.sendNotification(method, { textDocument: { uri: 5, text: null }, changes: [{ uri: null, type: 99 }], contentChanges: "x" });
    }
    await session.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri(), languageId: "markdown", version: 1, text: null } });
    await stillServing();
    assert.equal(existsSync(MARK), false);
  });

  it("survives cancelled requests", async () => {
    const u = uri();
    await session.open(u, LETTER);
    await session.diagnostics(u);
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      const source = new CancellationTokenSource();
      const range = { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } };
      pending.push(answers(() => session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: u }, range, context: { diagnostics: [] } }, source.token)));
      pending.push(answers(() => session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: { line: 9, character: 3 } }, source.token)));
      pending.push(answers(() => session.connection.sendRequest(AgendaRequest, {}, source.token)));
      source.cancel();
    }
    await Promise.all(pending);
    await session.connection.sendNotification("$/cancelRequest", { id: 123456 });
    await session.connection.sendNotification("$/cancelRequest", null);
    await stillServing();
  });

  it("publishes one information diagnostic for huge documents and keeps serving", async () => {
    const huge = uri();
    const published = session.diagnostics(huge);
    await session.open(huge, LETTER_HEAD + fill("I really need this job. ", 5_000_000));
    const p = await published;
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0].severity, 3);
    assert.match(p.diagnostics[0].message, /Not checked: the file has 5,000,\d{3} characters/);
    // An edit that brings it under the limit is checked in full.
    const version = session.diagnostics(huge, (x) => x.version === 2);
    await session.change(huge, 2, LETTER);
    assert.ok((await version).diagnostics.some((d) => d.code === "needy-phrasing"));
    await stillServing();
  });

  it("publishes every hostile document's diagnostics, inside the document, as the engine sees them", async () => {
    const settings = resolveSettings({ timeZone: "UTC" });
    for (const c of CASES) {
      if (c.settings) continue;
      const u = uri();
      const published = session.diagnostics(u);
      await session.open(u, c.text);
      const p = await published;
      const doc = TextDocument.create(u, "markdown", 1, c.text);
      assertInside(doc, p.diagnostics, c.name);
      // The server drops a BOM like the command line; the findings are the engine's.
      const text = c.text.charCodeAt(0) === 0xfeff ? c.text.slice(1) : c.text;
      const engine = analyzeText(text, { settings, now: new Date() }).diagnostics;
      assert.deepEqual(p.diagnostics.map((d) => `${d.code}|${d.message}`), engine.map((d) => `${d.code}|${d.message}`), c.name);
      await session.close(u);
    }
    assert.equal(existsSync(MARK), false);
    assert.equal((globalThis as Record<string, unknown>)[GLOBAL], undefined);
    await stillServing();
  });

  it("publishes the same diagnostics after incremental edits as for the same text opened fresh", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(letterArb.chain((text) => fc.tuple(fc.constant(text), editsArb(text))), async ([text, edits]) => {
        runs++;
        const a = uri(), b = uri();
        await session.open(a, text);
        const doc = TextDocument.create(a, "markdown", 1, text);
        let version = 1;
        for (const e of edits) {
          const range = { start: doc.positionAt(e.start), end: doc.positionAt(e.end) };
          TextDocument.update(doc, [{ range, text: e.text }], ++version);
          await session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: a, version }, contentChanges: [{ range, text: e.text }] });
        }
        const incremental = await session.diagnostics(a, (p) => p.version === version, true);
        const fresh = session.diagnostics(b);
        await session.open(b, doc.getText());
        const whole = await fresh;
        assertInside(doc, incremental.diagnostics, "incremental");
        assert.deepEqual(strip(incremental), strip(whole));
        await session.close(a);
        await session.close(b);
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 5), numRuns: Math.round(40 * Number(process.env.FUZZ_RUNS ?? 1)) },
    );
    assert.ok(runs >= 40);
    await stillServing();
  });
});

function assertInside(doc: TextDocument, diagnostics: Diagnostic[], where: string) {
  const lines = doc.getText().split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < Math.max(lines.length, doc.lineCount), `${where}: ${d.code} line ${p.line}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${where}: ${d.code} character ${p.character} of ${lines[p.line].length}`);
    }
  }
}

/** Diagnostics without what names the document. */
const strip = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range }));

describe("language server: edits keep every other word", function () {
  this.timeout(60_000);
  let dir: string;
  let session: Session;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "followup-lsp-edits-"));
    session = await Session.start({ folders: [dir], settings: { timeZone: "UTC" } });
  });
  afterEach(async () => {
    await session.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every action the server offers for the whole document, applied to the text it was offered for. */
  async function everyAction(u: string, text: string) {
    const doc = TextDocument.create(u, "markdown", 1, text);
    const range = { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) };
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: u }, range, context: { diagnostics: [] } })) as CodeAction[];
    return actions.map((a) => {
      const change = a.edit!.documentChanges![0] as TextDocumentEdit;
      assert.equal(change.textDocument.version, 1, `${a.title}: guarded by the version it was computed for`);
      return { title: a.title, edits: change.edits as TextEdit[], after: TextDocument.applyEdits(doc, change.edits as TextEdit[]) };
    });
  }

  for (const [name, transform] of [
    ["LF", (t: string) => t],
    ["CRLF", (t: string) => t.replace(/\n/g, "\r\n")],
    ["a BOM", (t: string) => `\uFEFF${t}`],
    ["a BOM and CRLF", (t: string) => `\uFEFF${t.replace(/\n/g, "\r\n")}`],
  ] as const) {
    it(`offers quick fixes, disable comments and Mark as Sent that change only their span, with ${name}`, async () => {
      const text = transform(LETTER);
      const u = fileUri(join(dir, "letter.md"));
      await session.open(u, text);
      await session.diagnostics(u);
      const actions = await everyAction(u, text);
      assert.ok(actions.some((a) => a.title === "Mark as sent now"));
      assert.ok(actions.some((a) => a.title.startsWith("Disable needy-phrasing")));
      const crlf = text.includes("\r\n");
      for (const a of actions) {
        // Removing the inserted or replaced text gives back the original, line by line.
        const before = text.split(/\r?\n/), after = a.after.split(/\r?\n/);
        if (a.edits.every((e) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character && /\n$/.test(e.newText))) {
          const inserted = a.edits.map((e) => e.range.start.line);
          assert.deepEqual(after.filter((_, i) => !inserted.includes(i)), before, `${a.title}: only new lines are added`);
          for (const i of inserted) assert.match(after[i], /^(?:sent: |<!-- followup-disable|\s*$)|[.!?]$/, `${a.title}: ${JSON.stringify(after[i])}`);
        }
        assert.equal(a.after.charCodeAt(0) === 0xfeff, text.charCodeAt(0) === 0xfeff, `${a.title}: the BOM stays`);
        if (crlf) assert.doesNotMatch(a.after, /(?<!\r)\n/, `${a.title}: a bare \\n in a CRLF letter`);
        // What the server reads back from the edited text is still a letter with its keys.
        const reread = analyzeText(a.after.replace(/^\uFEFF/, ""), { settings: resolveSettings({ timeZone: "UTC" }), now: new Date() });
        assert.ok(reread.letter.isLetter, a.title);
        assert.equal(reread.letter.fields.company, "Acme", `${a.title}: ${JSON.stringify(a.after.slice(0, 140))}`);
        assert.ok(!reread.diagnostics.some((d) => d.code === "front-matter" && d.severity === "error"), `${a.title}: ${JSON.stringify(reread.diagnostics.filter((d) => d.code === "front-matter"))}`);
      }
    });
  }

  it("marks a letter as sent once: a second Mark as Sent replaces the value, it does not add a key", async () => {
    const u = fileUri(join(dir, "twice.md"));
    const text = `\uFEFF${LETTER.replace(/\n/g, "\r\n")}`;
    await session.open(u, text);
    await session.diagnostics(u);
    const first = (await everyAction(u, text)).find((a) => a.title === "Mark as sent now")!;
    await session.change(u, 2, first.after);
    await session.diagnostics(u, (p) => p.version === 2);
    const doc = TextDocument.create(u, "markdown", 2, first.after);
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: doc.positionAt(first.after.length) }, context: { diagnostics: [] } })) as CodeAction[];
    const again = actions.find((a) => a.title === "Mark as sent now");
    const twice = again ? TextDocument.applyEdits(doc, (again.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]) : first.after;
    assert.equal(twice.split(/^sent:/m).length - 1, 1, JSON.stringify(twice.slice(0, 200)));
  });
});

describe("language server: a BOM does not shift hovers", function () {
  this.timeout(30_000);
  it("hovers the same key, over the same characters, with and without a BOM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "followup-lsp-bom-"));
    const session = await Session.start({ folders: [dir], settings: { timeZone: "UTC" } });
    try {
      const ranges = [];
      for (const [name, text] of [["plain.md", LETTER], ["bom.md", `\uFEFF${LETTER}`]]) {
        const u = fileUri(join(dir, name));
        await session.open(u, text);
        await session.diagnostics(u);
        const line = text.split("\n").findIndex((l) => l.startsWith("interviewed:"));
        // On the first character of the key, and one past the end of the value.
        const first = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: { line, character: 0 } });
        assert.ok(first, name);
        const past = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: { line: line - 1, character: 20 } });
        assert.equal(past, null, `${name}: the line above is not the date`);
        ranges.push(first.range);
      }
      assert.deepEqual(ranges[1], ranges[0]);
      assert.deepEqual(ranges[0]?.start, { line: 5, character: 0 });
    } finally {
      await session.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
