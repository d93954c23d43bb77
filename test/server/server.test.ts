// Protocol tests against the real server, spawned over stdio, with a real JSON-RPC client.
import * as assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FullDocumentDiagnosticReport,
  type TextEdit,
} from "vscode-languageserver-protocol/node";
import { DiagnosticRefreshRequest } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ruleDocUrl } from "../../shared/letters";
import { AgendaChangedNotification, AgendaRequest, IndexedNotification, MarkSentRequest, type AgendaResult, type MarkSentResult } from "../../shared/protocol";
import { resolveSettings } from "../../shared/settings";
import { checkRead, LetterIndex, readLetter } from "../../server/engine";
import { fileUri, Session, type StartOptions } from "./harness";
import { DRAFT, NOT_A_LETTER, STATUS_CHECK, THANK_YOU } from "./letters";

const codes = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();

/** What the engine itself says about a text, as positions, for comparison with the server. */
function engineDiagnostics(text: string, raw: Record<string, unknown> = {}) {
  const settings = resolveSettings(raw);
  const read = readLetter(text, settings, "x");
  const index = new LetterIndex();
  index.set("x", read.summary);
  const doc = TextDocument.create("file:///x.md", "markdown", 1, text);
  return checkRead(read, { settings, now: new Date(), id: "x", index }).map((d) => ({ code: d.code, message: d.message, range: { start: doc.positionAt(d.start), end: doc.positionAt(d.end) } }));
}

const simplify = (ds: Diagnostic[]) => ds.map((d) => ({ code: d.code, message: d.message, range: d.range }));

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("file:///x.md", "markdown", 1, text), edits);
}

describe("language server over stdio", function () {
  this.timeout(20_000);
  let dir: string;
  let session: Session;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "followup-lsp-"));
  });
  afterEach(async () => {
    await session?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Starts the server on the test folder, opens a letter and waits for its first diagnostics. */
  async function openLetter(options: Omit<StartOptions, "folders"> = {}, text = THANK_YOU, name = "northwind-thank-you.md") {
    session = await Session.start({ folders: [dir], ...options });
    const uri = fileUri(join(dir, name));
    await session.open(uri, text);
    return { uri, first: await session.diagnostics(uri) };
  }

  it("initializes with the capabilities it serves", async () => {
    session = await Session.start({ folders: [dir] });
    const caps = session.initializeResult.capabilities;
    assert.ok(caps.codeActionProvider);
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.completionProvider);
    assert.equal(caps.diagnosticProvider, undefined, "a client without pull support gets pushed diagnostics");
    assert.equal(session.initializeResult.serverInfo?.name, "followup-language-server");
  });

  for (const transport of ["node-ipc", "socket"] as const) {
    it(`also serves over ${transport}`, async () => {
      const { first: published } = await openLetter({ transport });
      assert.deepEqual(simplify(published.diagnostics), engineDiagnostics(THANK_YOU));
    });
  }

  it("publishes the engine's diagnostics for an opened letter, with source, code and doc link", async () => {
    const { uri, first: published } = await openLetter();
    assert.equal(published.version, 1);
    assert.deepEqual(simplify(published.diagnostics), engineDiagnostics(THANK_YOU));
    assert.ok(published.diagnostics.length >= 2);
    for (const d of published.diagnostics) {
      assert.equal(d.source, "followup");
      assert.equal(d.codeDescription?.href, ruleDocUrl(String(d.code)));
    }
    assert.ok(codes(published.diagnostics).includes("name-mismatch"));
  });

  it("applies a quick fix and the diagnostic goes", async () => {
    const { uri, first } = await openLetter();
    const mismatch = first.diagnostics.find((d) => d.code === "name-mismatch")!;
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: mismatch.range,
      context: { diagnostics: [mismatch] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.kind === "quickfix" && a.isPreferred && a.diagnostics?.some((d) => d.code === "name-mismatch"));
    assert.ok(fix, `a preferred fix among ${actions.map((a) => a.title).join(", ")}`);
    const change = fix.edit!.documentChanges![0] as { textDocument: { uri: string; version: number }; edits: TextEdit[] };
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const fixed = apply(THANK_YOU, change.edits);
    const greeting = fixed.split("\n")[8];
    assert.match(greeting, /^Dear Luis( Ortega)?,$/);
    assert.equal(fixed, THANK_YOU.replace("Dear Bob,", greeting), "nothing but the greeting changed");
    await session.change(uri, 2, fixed);
    const after = await session.diagnostics(uri, (p) => p.version === 2);
    assert.ok(!codes(after.diagnostics).includes("name-mismatch"));
    assert.deepEqual(simplify(after.diagnostics), engineDiagnostics(fixed));
  });

  it("offers disable comments that silence the rule for the line or the file", async () => {
    const { uri, first } = await openLetter();
    const needy = first.diagnostics.filter((d) => d.code === "needy-phrasing");
    assert.ok(needy.length > 0);
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: needy[0].range, context: { diagnostics: [needy[0]] } })) as CodeAction[];
    const forLine = actions.find((a) => a.title === "Disable needy-phrasing for this line")!;
    const forFile = actions.find((a) => a.title === "Disable needy-phrasing for this file")!;
    assert.ok(forLine && forFile);
    const edits = (a: CodeAction) => (a.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
    const lineText = apply(THANK_YOU, edits(forLine));
    assert.ok(lineText.includes("<!-- followup-disable-next-line needy-phrasing -->\nThank you for the tour"));
    await session.change(uri, 2, lineText);
    const afterLine = await session.diagnostics(uri, (p) => p.version === 2);
    assert.ok(!codes(afterLine.diagnostics).includes("needy-phrasing"));
    const fileText = apply(THANK_YOU, edits(forFile));
    assert.ok(fileText.includes("---\n<!-- followup-disable needy-phrasing -->\nDear Bob,"));
    await session.change(uri, 3, fileText);
    const afterFile = await session.diagnostics(uri, (p) => p.version === 3);
    assert.ok(!codes(afterFile.diagnostics).includes("needy-phrasing"));
    assert.ok(codes(afterFile.diagnostics).includes("name-mismatch"), "other rules still speak");
  });

  it("puts disable comments below the front matter of a letter with no body", async () => {
    const bare = "---\nkind: thank-you\ncompany: Acme\nrole: Designer\ninterviewed: 2026-11-24\nsent: 2026-11-24\n---";
    const { uri, first } = await openLetter({}, bare, "bare.md");
    const missing = first.diagnostics.find((d) => d.code === "missing-thanks")!;
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: missing.range, context: { diagnostics: [missing] } })) as CodeAction[];
    assert.ok(!actions.some((a) => a.title === "Disable missing-thanks for this line"), "no line to silence in an empty body");
    const forFile = actions.find((a) => a.title === "Disable missing-thanks for this file")!;
    const fixed = apply(bare, (forFile.edit!.documentChanges![0] as { edits: TextEdit[] }).edits);
    assert.equal(fixed, bare + "\n<!-- followup-disable missing-thanks -->\n");
    await session.change(uri, 2, fixed);
    const after = await session.diagnostics(uri, (p) => p.version === 2);
    assert.ok(!codes(after.diagnostics).includes("front-matter"), "the front matter still reads");
    assert.ok(!codes(after.diagnostics).includes("missing-thanks"));
  });

  it("marks a draft as sent, changing nothing but the new sent line", async () => {
    const { uri } = await openLetter({}, DRAFT, "acme.md");
    const result = (await session.connection.sendRequest(MarkSentRequest, { uri, when: "2026-11-21T09:30:00Z" })) as MarkSentResult;
    const change = result.documentChanges[0];
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const sent = apply(DRAFT, change.edits as TextEdit[]);
    const lines = sent.split("\n");
    const at = lines.findIndex((l) => l.startsWith("sent: "));
    assert.equal(lines[at + 1], "---", "sent goes last in the front matter");
    assert.match(lines[at], /^sent: 2026-11-2\d \d\d:\d\d$/);
    assert.equal([...lines.slice(0, at), ...lines.slice(at + 1)].join("\n"), DRAFT);
    // the same as a source action, and a second time it updates the value in place
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ["source"] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ["Mark as sent now"]);
    await session.change(uri, 2, sent);
    const again = (await session.connection.sendRequest(MarkSentRequest, { uri, when: "2026-11-22T09:30:00Z" })) as MarkSentResult;
    assert.deepEqual(again.documentChanges[0].textDocument, { uri, version: 2 });
    const resent = apply(sent, again.documentChanges[0].edits as TextEdit[]);
    assert.equal(resent.split("\n").length, lines.length);
    assert.notEqual(resent.split("\n")[at], lines[at]);
    // a letter that is not open: the edit is for the file on disk (version null)
    const closedPath = join(dir, "closed.md");
    writeFileSync(closedPath, DRAFT.replace(/\n/g, "\r\n"));
    const closed = (await session.connection.sendRequest(MarkSentRequest, { uri: fileUri(closedPath), when: "2026-11-21T09:30:00Z" })) as MarkSentResult;
    assert.equal(closed.documentChanges[0].textDocument.version, null);
    const closedText = apply(DRAFT.replace(/\n/g, "\r\n"), closed.documentChanges[0].edits as TextEdit[]);
    assert.match(closedText, /\r\nsent: 2026-11-2\d \d\d:\d\d\r\n---\r\n/);
    const notLetter = await session.connection.sendRequest(MarkSentRequest, { uri: fileUri(join(dir, "notes.md")) });
    assert.equal(notLetter, null);
  });

  it("coalesces 50 rapid edits and publishes only for the last version", async () => {
    const { uri } = await openLetter({ settings: { debounceMs: 200 } });
    await session.notification(IndexedNotification, true);
    const before = session.published.length;
    let text = THANK_YOU;
    for (let v = 2; v <= 51; v++) {
      text = text.replace("Best,", `I really need this job ${v}.\n\nBest,`);
      void session.change(uri, v, text);
    }
    const last = await session.diagnostics(uri, (p) => p.version === 51);
    const during = session.published.slice(before).filter((p) => p.uri === uri);
    assert.deepEqual(during.map((p) => p.version), [51]);
    assert.deepEqual(simplify(last.diagnostics), engineDiagnostics(text));
  });

  it("never publishes for an old version, even with no debounce", async () => {
    const { uri } = await openLetter({ settings: { debounceMs: 0 } });
    await session.notification(IndexedNotification, true);
    const before = session.published.length;
    let text = THANK_YOU;
    for (let v = 2; v <= 51; v++) {
      text = text.replace("Best,", `Thanks ${v}.\n\nBest,`);
      void session.change(uri, v, text);
    }
    await session.diagnostics(uri, (p) => p.version === 51);
    const versions = session.published.slice(before).map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), "versions only go up");
    assert.equal(new Set(versions).size, versions.length, "one publication per version at most");
    assert.ok(versions.length < 50, `the burst coalesced (${versions.length} publications)`);
  });

  it("indexes the workspace and moves a thread's agenda state on a watched-file change", async () => {
    const thankYouPath = join(dir, "letters", "northwind-thank-you.md");
    const checkPath = join(dir, "letters", "northwind-status-check.md");
    require("node:fs").mkdirSync(join(dir, "letters"));
    require("node:fs").mkdirSync(join(dir, "node_modules", "x"), { recursive: true });
    writeFileSync(thankYouPath, THANK_YOU);
    writeFileSync(join(dir, "node_modules", "x", "status.md"), STATUS_CHECK);
    writeFileSync(join(dir, "notes.md"), NOT_A_LETTER);
    session = await Session.start({ folders: [dir] });
    const indexed = (await session.notification(IndexedNotification, true)) as { files: number; letters: number };
    assert.deepEqual({ files: indexed.files, letters: indexed.letters }, { files: 2, letters: 1 });
    const now = "2026-11-26T12:00:00Z";
    const agenda1 = (await session.connection.sendRequest(AgendaRequest, { now })) as AgendaResult;
    assert.equal(agenda1.threads.length, 1);
    assert.equal(agenda1.threads[0].state, "status-check-due");
    assert.equal(agenda1.threads[0].nextKind, "status-check");
    assert.equal(agenda1.threads[0].interviewer, "Luis Ortega");
    assert.deepEqual(agenda1.threads[0].letters.map((l) => l.uri), [fileUri(thankYouPath)]);

    writeFileSync(checkPath, STATUS_CHECK);
    const changed = session.notification(AgendaChangedNotification);
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(checkPath), type: FileChangeType.Created }] });
    await changed;
    const agenda2 = (await session.connection.sendRequest(AgendaRequest, { now })) as AgendaResult;
    assert.equal(agenda2.threads[0].state, "waiting");
    assert.equal(agenda2.threads[0].nextKind, "nudge");
    assert.equal(agenda2.threads[0].letters.length, 2);

    rmSync(checkPath);
    const changedBack = session.notification(AgendaChangedNotification);
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(checkPath), type: FileChangeType.Deleted }] });
    await changedBack;
    const agenda3 = (await session.connection.sendRequest(AgendaRequest, { now })) as AgendaResult;
    assert.equal(agenda3.threads[0].state, "status-check-due");
  });

  it("indexes every folder of a multi-root workspace and follows folder changes", async () => {
    const mkdirSync = require("node:fs").mkdirSync;
    const [a, b] = [join(dir, "a"), join(dir, "b")];
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(join(a, "thank-you.md"), THANK_YOU);
    writeFileSync(join(b, "status-check.md"), STATUS_CHECK);
    session = await Session.start({ folders: [a, b] });
    await session.notification(IndexedNotification, true);
    const now = "2026-11-26T12:00:00Z";
    const agenda = (await session.connection.sendRequest(AgendaRequest, { now })) as AgendaResult;
    assert.deepEqual(agenda.threads.map((t) => [t.state, t.letters.length]), [["waiting", 2]], "one thread across both folders");
    const changed = session.notification(AgendaChangedNotification);
    await session.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [{ uri: fileUri(b), name: "folder1" }] } });
    await changed;
    const after = (await session.connection.sendRequest(AgendaRequest, { now })) as AgendaResult;
    assert.deepEqual(after.threads.map((t) => [t.state, t.letters.map((l) => l.uri)]), [["status-check-due", [fileUri(join(a, "thank-you.md"))]]]);
  });

  it("checks an opened letter at once, without waiting for the workspace index", async () => {
    for (let n = 0; n < 3000; n++) writeFileSync(join(dir, `letter-${n}.md`), THANK_YOU.replace("Northwind Logistics", `Company ${n}`));
    session = await Session.start({ folders: [dir], settings: { debounceMs: 5000 } });
    const uri = fileUri(join(dir, "letter-0.md"));
    await session.open(uri, THANK_YOU);
    await session.diagnostics(uri);
    assert.equal(session.notifications.filter((n) => n.method === IndexedNotification).length, 0, "diagnostics came before the index was done");
    const indexed = (await session.notification(IndexedNotification, true)) as { letters: number };
    assert.equal(indexed.letters, 3000);
  });

  it("lets an open document override its file on disk and re-checks thread neighbours", async () => {
    const checkPath = join(dir, "northwind-status-check.md");
    const check = STATUS_CHECK.replace("sent: 2026-11-25", "sent: 2026-11-20");
    writeFileSync(checkPath, check);
    session = await Session.start({ folders: [dir], settings: { debounceMs: 0 } });
    await session.notification(IndexedNotification, true);
    const nudgeUri = fileUri(join(dir, "northwind-nudge.md"));
    const nudge = STATUS_CHECK.replace("kind: status-check", "kind: nudge").replace("sent: 2026-11-25", "sent: 2026-11-23");
    await session.open(nudgeUri, nudge);
    const ok = await session.diagnostics(nudgeUri);
    assert.ok(!codes(ok.diagnostics).includes("premature-follow-up"), JSON.stringify(ok.diagnostics));
    // the status check, opened and edited back to a draft, no longer counts as sent
    const checkUri = fileUri(checkPath);
    await session.open(checkUri, check);
    await session.diagnostics(checkUri);
    const recheck = session.diagnostics(nudgeUri, (p) => codes(p.diagnostics).includes("premature-follow-up"));
    await session.change(checkUri, 2, check.replace("sent: 2026-11-20\n", ""));
    await recheck;
    // closing it without saving: the disk version counts again
    const back = session.diagnostics(nudgeUri, (p) => !codes(p.diagnostics).includes("premature-follow-up"));
    await session.close(checkUri);
    await back;
  });

  it("re-validates when the settings change", async () => {
    const { uri, first } = await openLetter();
    assert.ok(codes(first.diagnostics).includes("needy-phrasing"));
    await session.notification(IndexedNotification, true);
    const asked = session.configurationRequests;
    const before = session.published.length;
    const next = session.diagnostics(uri, (p) => !codes(p.diagnostics).includes("needy-phrasing"));
    await session.changeSettings({ rules: { "needy-phrasing": "off", "name-mismatch": "error" } });
    const after = await next;
    assert.equal(after.diagnostics.find((d) => d.code === "name-mismatch")?.severity, 1);
    assert.ok(session.published.slice(before).every((p) => p === after || codes(p.diagnostics).includes("needy-phrasing")));
    assert.ok(session.configurationRequests > asked, "the settings were asked for again");
  });

  it("ignores unknown file types and Markdown that is not a letter", async () => {
    session = await Session.start({ folders: [dir] });
    const txt = fileUri(join(dir, "letter.txt"));
    const notes = fileUri(join(dir, "notes.md"));
    const letter = fileUri(join(dir, "northwind-thank-you.md"));
    await session.open(txt, THANK_YOU, "plaintext");
    await session.open(notes, NOT_A_LETTER);
    await session.open(letter, THANK_YOU);
    const [forNotes] = await Promise.all([session.diagnostics(notes), session.diagnostics(letter)]);
    assert.deepEqual(forNotes.diagnostics, []);
    assert.equal(session.published.filter((p) => p.uri === txt).length, 0);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: txt }, position: { line: 5, character: 14 } });
    assert.equal(hover, null);
    const agenda = (await session.connection.sendRequest(AgendaRequest, { now: "2026-11-26T12:00:00Z" })) as AgendaResult;
    assert.deepEqual(agenda.threads.map((t) => t.letters.map((l) => l.uri)), [[letter]]);
  });

  it("hovers on front-matter dates and completes front-matter keys and values", async () => {
    const { uri } = await openLetter({ settings: { timeZone: "UTC" } }, DRAFT, "acme.md");
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 16 } });
    const value = (hover!.contents as { value: string }).value;
    assert.match(value, /Friday, 20 November 2026 at 10:00/);
    assert.match(value, /thank-you is due by Saturday, 21 November 2026 at 10:00/);
    assert.match(value, /status check: Friday, 27 November 2026/);
    const kinds = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 6 } });
    assert.deepEqual((kinds as { label: string }[]).map((i) => i.label), ["thank-you", "status-check", "nudge", "rejection-reply", "acceptance"]);
    const text = DRAFT.replace("---\nDear", "se\n---\nDear");
    await session.change(uri, 2, text);
    const keys = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 7, character: 2 } });
    const labels = (keys as { label: string }[]).map((i) => i.label);
    assert.ok(labels.includes("sent") && labels.includes("promised") && !labels.includes("company"), labels.join(","));
    const body = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 10, character: 2 } });
    assert.equal(body, null);
  });

  it("asks a pulling client to refresh when a thread neighbour changes", async () => {
    session = await Session.start({ folders: [dir], pull: true, settings: { debounceMs: 0 } });
    await session.notification(IndexedNotification, true);
    const checkUri = fileUri(join(dir, "northwind-status-check.md"));
    const nudgeUri = fileUri(join(dir, "northwind-nudge.md"));
    const check = STATUS_CHECK.replace("sent: 2026-11-25", "sent: 2026-11-20");
    await session.open(checkUri, check);
    await session.open(nudgeUri, STATUS_CHECK.replace("kind: status-check", "kind: nudge").replace("sent: 2026-11-25", "sent: 2026-11-23"));
    const pull = async (uri: string) => ((await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
    // as a client does: pull again on every refresh until the result settles as expected
    const pullUntil = async (uri: string, test: (items: Diagnostic[]) => boolean) => {
      for (;;) {
        const refreshed = session.notification(DiagnosticRefreshRequest.method);
        if (test(await pull(uri))) return;
        await refreshed;
      }
    };
    await pullUntil(nudgeUri, (items) => !codes(items).includes("premature-follow-up"));
    const before = session.refreshRequests;
    await session.change(checkUri, 2, check.replace("sent: 2026-11-20\n", ""));
    await pullUntil(nudgeUri, (items) => codes(items).includes("premature-follow-up"));
    if (session.refreshRequests === before) await session.notification(DiagnosticRefreshRequest.method);
  });

  it("reports a file too large to check with one diagnostic", async () => {
    const { uri, first: published } = await openLetter({ settings: { maxFileSize: 200 } });
    assert.equal(published.diagnostics.length, 1);
    assert.match(published.diagnostics[0].message, /Not checked/);
  });

  it("serves pulled diagnostics to a client that pulls, and keeps serving after bad requests", async () => {
    session = await Session.start({ folders: [dir], pull: true });
    assert.ok(session.initializeResult.capabilities.diagnosticProvider);
    const uri = fileUri(join(dir, "northwind-thank-you.md"));
    await session.open(uri, THANK_YOU);
    const report = (await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
    assert.equal(report.kind, "full");
    assert.deepEqual(simplify((report as FullDocumentDiagnosticReport).items), engineDiagnostics(THANK_YOU));
    const txt = fileUri(join(dir, "x.txt"));
    await session.open(txt, THANK_YOU, "plaintext");
    const none = (await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: txt } })) as FullDocumentDiagnosticReport;
    assert.deepEqual(none.items, []);
    const bad = await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: null, context: null } as never);
    assert.deepEqual(bad, []);
    const still = (await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    assert.equal(still.items.length, (report as FullDocumentDiagnosticReport).items.length);
    assert.equal(session.published.length, 0, "nothing pushed to a pulling client");
  });
});
