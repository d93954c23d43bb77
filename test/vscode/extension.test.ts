// The extension in a real VS Code, on a copy of test/fixtures/workspace. "Now" is fixed at
// 2026-11-26 12:00 local time for the agenda, the tree and the status bar.
import * as assert from "assert";
import * as vscode from "vscode";
import type { FollowupApi } from "../../client/extension";
import type { Node } from "../../client/tree";
import { expandSnippet, isoDay, SNIPPET_FOR_KIND, tabStops, type SnippetFile } from "../../client/templates";
import { LETTER_KINDS, type LetterKind } from "../../shared/letters";
import { ClientCommands } from "../../shared/protocol";
import { DEFAULT_SETTINGS } from "../../shared/settings";
import { activate, agendaWhere, codeOf, diagnosticsWhere, EXTENSION_ID, read, serverDiagnostics, when } from "./helpers";

const NOW = new Date(2026, 10, 26, 12, 0);
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const letter = (name: string) => vscode.Uri.joinPath(folder(), "letters", name);
const label = (item: vscode.TreeItem) => (typeof item.label === "string" ? item.label : item.label?.label);
const FIXTURE_THREADS = 8;
// ThemeColor.id is in the API since 1.88; the object has it in every version
const colorId = (c: vscode.ThemeColor | undefined) => (c as unknown as { id?: string } | undefined)?.id;

let api: FollowupApi;

async function threadNode(company: string): Promise<Node> {
  for (const group of api.tree.getChildren()) {
    const found = api.tree.getChildren(group).find((n) => n.type === "thread" && n.thread.company === company);
    if (found) return found;
  }
  throw new Error(`no thread for ${company} in the tree`);
}

describe("Interview Follow-Up in VS Code", () => {
  before(async function () {
    this.timeout(60_000);
    api = await activate();
    await api.agenda.setNow(NOW);
    await agendaWhere(api, (r) => r.threads.length === FIXTURE_THREADS, `the ${FIXTURE_THREADS} fixture threads`);
  });

  describe("activation", () => {
    it("activates and starts the bundled language server", async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      assert.ok(ext.isActive);
      assert.ok(api.client?.isRunning(), "the language client is not running");
      assert.equal(api.client?.initializeResult?.serverInfo?.name, "followup-language-server");
      console.log(`[followup-tests] VS Code ${vscode.version} (${vscode.env.appName}), extension at ${ext.extensionPath}`);
    });

    it("registers every command, each with the Follow-Up category", async () => {
      const registered = await vscode.commands.getCommands(true);
      const contributed = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as { command: string; category: string }[];
      for (const id of Object.values(ClientCommands)) {
        assert.ok(registered.includes(id), `${id} is not registered`);
        assert.equal(contributed.find((c) => c.command === id)?.category, "Follow-Up", `${id} has no category`);
      }
      assert.ok(registered.includes("followup.agenda.focus"), "the Follow-ups view is not contributed");
    });

    it("contributes a setting, with its default, for every server setting", () => {
      const properties = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.configuration.properties as Record<string, { default: unknown; scope?: string; markdownDescription?: string }>;
      const config = vscode.workspace.getConfiguration("followup");
      for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
        const p = properties[`followup.${key}`];
        assert.ok(p, `followup.${key} is not contributed`);
        assert.deepEqual(p.default, value, `followup.${key} default`);
        assert.deepEqual(config.get(key), value);
        assert.ok(p.scope && p.markdownDescription, `followup.${key} lacks a scope or a markdownDescription`);
      }
      assert.equal(config.get("lettersFolder"), "letters");
    });
  });

  describe("Follow-ups tree", () => {
    it("groups the threads by state, most urgent first", () => {
      const groups = api.tree.getChildren();
      assert.deepEqual(groups.map((g) => label(api.tree.getTreeItem(g))), ["Overdue", "Due", "Waiting", "Answered and closed"]);
      assert.deepEqual(groups.map((g) => api.tree.getChildren(g).map((n) => label(api.tree.getTreeItem(n)))), [
        ["Globex — Data Analyst"],
        ["Northwind Schools — Math Teacher", "Wayne Enterprises — Archivist", "Hooli — Product Designer", "Acme Logistics — Dispatcher"],
        ["Mercy General — ICU Nurse"],
        ["Initech — Support Engineer", "Umbrella — Lab Technician"],
      ]);
    });

    it("shows each thread's due date relative and absolute, with an icon and colour per state", async () => {
      const expectations: [string, string, string, string, string][] = [
        ["Globex", "thank-you-overdue", "was due 36 h ago · end of Tue 24 Nov", "error", "list.errorForeground"],
        ["Acme Logistics", "thank-you-due", "due in 3 h · Thu 26 Nov 15:00", "mail", "list.warningForeground"],
        ["Northwind Schools", "status-check-due", "due since Mon 16 Nov (11 days)", "question", "list.warningForeground"],
        ["Wayne Enterprises", "nudge-due", "due since Sun 22 Nov 09:00 (4 days)", "bell", "list.warningForeground"],
        ["Mercy General", "waiting", "status check in 12 h · Fri 27 Nov", "clock", "charts.blue"],
        ["Initech", "answered", "answered", "pass", "charts.green"],
        ["Umbrella", "closed", "closed", "archive", "disabledForeground"],
      ];
      for (const [company, state, description, icon, color] of expectations) {
        const node = await threadNode(company);
        assert.equal(node.type === "thread" && node.thread.state, state, company);
        const item = api.tree.getTreeItem(node);
        assert.equal(item.description, description, company);
        const themeIcon = item.iconPath as vscode.ThemeIcon;
        assert.equal(themeIcon.id, icon, company);
        assert.equal(colorId(themeIcon.color), color, company);
        assert.ok(item.tooltip instanceof vscode.MarkdownString && item.tooltip.value.includes(company), `${company} tooltip`);
      }
      assert.equal(api.tree.getTreeItem(await threadNode("Acme Logistics")).contextValue, "followup.thread.next");
      assert.equal(api.tree.getTreeItem(await threadNode("Initech")).contextValue, "followup.thread");
    });

    it("lists a thread's letters, which open on click", async () => {
      const [draft] = api.tree.getChildren(await threadNode("Acme Logistics")).map((n) => api.tree.getTreeItem(n));
      assert.equal(label(draft), "Thank-you");
      assert.equal(draft.description, "draft");
      assert.equal(draft.contextValue, "followup.letter.draft");
      assert.equal(draft.command?.command, "vscode.open");
      assert.equal(String(draft.command?.arguments?.[0]), String(letter("acme-thank-you.md")));
      const wayne = api.tree.getChildren(await threadNode("Wayne Enterprises")).map((n) => api.tree.getTreeItem(n));
      assert.deepEqual(wayne.map((i) => [label(i), i.description, i.contextValue]), [
        ["Thank-you", "sent Mon 2 Nov 20:00", "followup.letter.sent"],
        ["Status check", "sent Fri 20 Nov 09:00", "followup.letter.sent"],
      ]);
      await vscode.commands.executeCommand(draft.command!.command, ...draft.command!.arguments!);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), letter("acme-thank-you.md").toString());
    });
  });

  describe("status bar", () => {
    it("shows the most urgent letter, the count due, and a warning background when one is overdue", () => {
      assert.equal(api.status.text, "$(warning) Thank-you to Globex overdue by 36 h (+4)");
      assert.equal(colorId(api.status.backgroundColor), "statusBarItem.warningBackground");
      assert.equal(api.status.command, ClientCommands.showAgenda);
      const tooltip = api.status.tooltip as vscode.MarkdownString;
      assert.match(tooltip.value, /5 follow-ups due\*\*, 1 overdue/);
      assert.match(tooltip.value, /Thank-you: Acme Logistics — Dispatcher, due in 3 h/);
    });

    it("shows the open letter's own state", async () => {
      await vscode.window.showTextDocument(letter("acme-thank-you.md"));
      assert.equal(api.letterStatus.text, "$(edit) Thank-you draft · due in 3 h · Thu 26 Nov 15:00");
      await vscode.window.showTextDocument(letter("mercy-thank-you.md"));
      assert.equal(api.letterStatus.text, "$(mail-read) Thank-you sent 6 days ago · 18 h after the interview");
    });

    it("reveals the Follow-ups view on click", async () => {
      await vscode.commands.executeCommand(api.status.command as string);
      await when(api.treeView.onDidChangeVisibility, () => api.treeView.visible || undefined, "the Follow-ups view to be visible");
    });
  });

  describe("diagnostics", () => {
    const hooli = () => letter("hooli-thank-you.md");

    it("appear on a letter, with codes linking to the rule's page", async () => {
      await vscode.window.showTextDocument(hooli());
      const diagnostics = await diagnosticsWhere(hooli(), (d) => d.some((x) => codeOf(x) === "missing-thanks") && d.some((x) => codeOf(x) === "needy-phrasing"), "missing-thanks and needy-phrasing");
      const needy = diagnostics.find((d) => codeOf(d) === "needy-phrasing")!;
      assert.equal(needy.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(vscode.window.activeTextEditor!.document.getText(needy.range), "I really need this job");
      assert.match(String((needy.code as { target: vscode.Uri }).target), /docs\/rules\/needy-phrasing\.md$/);
      assert.ok(needy.source, "no source");
    });

    it("a quick fix removes one", async () => {
      const document = await vscode.workspace.openTextDocument(hooli());
      await vscode.window.showTextDocument(document);
      const missing = vscode.languages.getDiagnostics(hooli()).find((d) => codeOf(d) === "missing-thanks")!;
      const quickFixes = () => vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", hooli(), missing.range, vscode.CodeActionKind.QuickFix.value);
      // executeCodeActionProvider carries neither isPreferred nor the diagnostics: find the fix by its title
      const isFix = (a: vscode.CodeAction) => a.title.startsWith('Add "Thank you');
      let actions = await quickFixes();
      // The server answers code actions only for the version it has analysed; a diagnostics request is a
      // round trip that leaves it in step with the editor, so ask again after one (a few at most).
      for (let attempt = 0; attempt < 3 && !actions.some(isFix); attempt++) {
        await serverDiagnostics(api, document);
        actions = await quickFixes();
      }
      const fix = actions.find(isFix);
      assert.ok(fix, `no quick fix for missing-thanks among: ${actions.map((a) => a.title).join("; ")}`);
      if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit));
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      await diagnosticsWhere(hooli(), (d) => !d.some((x) => codeOf(x) === "missing-thanks") && d.some((x) => codeOf(x) === "needy-phrasing"), "missing-thanks to go, needy-phrasing to stay");
      assert.match(document.getText(), /Dear Gavin,\n\nThank you[^\n]*\n/);
      await vscode.commands.executeCommand("workbench.action.files.revert");
    });
  });

  describe("commands", () => {
    it("New Letter writes the letter from its template and refuses to overwrite it", async () => {
      const args = { kind: "thank-you", company: "Stark Industries", role: "Welder", interviewer: "Pepper Potts", date: "2026-11-26 10:00", open: false };
      const uri = await vscode.commands.executeCommand<vscode.Uri>(ClientCommands.newLetter, args);
      assert.equal(uri?.toString(), letter("stark-industries-thank-you.md").toString());
      const expected = [
        "---",
        "kind: thank-you",
        "company: Stark Industries",
        "role: Welder",
        "interviewer: Pepper Potts",
        "interviewed: 2026-11-26 10:00",
        "sent:",
        "---",
        "",
        "Dear Pepper Potts,",
        "",
        "Thank you for taking the time to meet with me about the Welder position at Stark Industries. I enjoyed hearing how the team works and what it plans for the coming year.",
        "",
        "With my five years of experience in this field, I am confident I can contribute to your team from the first week.",
        "",
        "I look forward to hearing from you about the next steps.",
        "",
        "Best regards,",
        "Your Name",
        "",
      ].join("\n");
      assert.equal(await read(uri), expected);
      await agendaWhere(api, (r) => r.threads.some((t) => t.company === "Stark Industries" && t.state === "thank-you-due"), "the new letter in the agenda");
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(expected + "edited\n"));
      assert.equal(await vscode.commands.executeCommand(ClientCommands.newLetter, args), undefined);
      assert.equal(await read(uri), expected + "edited\n", "New Letter overwrote a letter");
    });

    it("New Letter writes into the folder `followup.lettersFolder` names", async () => {
      const config = vscode.workspace.getConfiguration("followup");
      await config.update("lettersFolder", "applications/2026", vscode.ConfigurationTarget.Workspace);
      try {
        const uri = await vscode.commands.executeCommand<vscode.Uri>(ClientCommands.newLetter, { kind: "acceptance", company: "Café Olé", role: "Barista", interviewer: "", date: "2026-11-25", open: false });
        assert.equal(uri?.toString(), vscode.Uri.joinPath(folder(), "applications/2026/cafe-ole-acceptance.md").toString());
        const text = await read(uri);
        assert.ok(text.startsWith("---\nkind: acceptance\ncompany: Café Olé\nrole: Barista\nreplied: 2026-11-25\noutcome: offer\nsent:\n---\n\nDear Hiring Team,\n"), text);
      } finally {
        await config.update("lettersFolder", undefined, vscode.ConfigurationTarget.Workspace);
      }
    });

    it("Mark as Sent fills in `sent:` and changes nothing else", async () => {
      const uri = letter("acme-thank-you.md");
      const before = await read(uri);
      assert.equal(await vscode.commands.executeCommand(ClientCommands.markSent, uri), true);
      assert.equal(await read(uri), before.replace(/^sent:$/m, "sent: 2026-11-26 12:00"));
      const agenda = await agendaWhere(api, (r) => r.threads.some((t) => t.company === "Acme Logistics" && t.state === "waiting"), "Acme to be waiting");
      assert.equal(agenda.threads.find((t) => t.company === "Acme Logistics")?.letters[0].sent, NOW.toISOString());
    });

    it("Write Next Letter writes the thread's next kind with its front matter filled in", async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>(ClientCommands.writeNextLetter, await threadNode("Wayne Enterprises"), { open: false });
      assert.equal(uri?.toString(), letter("wayne-enterprises-nudge.md").toString());
      const text = await read(uri);
      assert.ok(text.startsWith("---\nkind: nudge\ncompany: Wayne Enterprises\nrole: Archivist\ninterviewer: Lucius Fox\ninterviewed: 2026-11-02\nsent:\n---\n\nDear Lucius Fox,\n"), text);
      await agendaWhere(api, (r) => r.threads.find((t) => t.company === "Wayne Enterprises")?.letters.length === 3, "the nudge in Wayne's thread");
    });

    it("Mark Replied and Set Outcome add one front-matter line to the thread's latest letter", async () => {
      const uri = letter("northwind-thank-you.md");
      const before = await read(uri);
      assert.equal(await vscode.commands.executeCommand(ClientCommands.markReplied, await threadNode("Northwind Schools"), "2026-11-25"), true);
      assert.equal(await read(uri), before.replace("sent: 2026-11-09 19:30\n---", "sent: 2026-11-09 19:30\nreplied: 2026-11-25\n---"));
      await agendaWhere(api, (r) => r.threads.some((t) => t.company === "Northwind Schools" && t.state === "answered"), "Northwind to be answered");
      assert.equal(await vscode.commands.executeCommand(ClientCommands.setOutcome, await threadNode("Northwind Schools"), "offer"), true);
      assert.equal(await read(uri), before.replace("sent: 2026-11-09 19:30\n---", "sent: 2026-11-09 19:30\nreplied: 2026-11-25\noutcome: offer\n---"));
      await agendaWhere(api, (r) => r.threads.some((t) => t.company === "Northwind Schools" && t.state === "closed"), "Northwind to be closed");
    });
  });

  describe("front-matter edits", () => {
    it("keep Windows line breaks, quotes and comments of the other lines", async () => {
      const uri = letter("crlf-thank-you.md");
      const text = "---\r\nkind: thank-you\r\ncompany: \"Soylent, Inc.\"\r\nrole: Chemist # the second interview\r\ninterviewed: 2026-11-19\r\nsent: 2026-11-19 18:00\r\nreplied:   # not yet\r\n---\r\n\r\nDear Ms. Day,\r\n";
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      await agendaWhere(api, (r) => r.threads.some((t) => t.company === "Soylent, Inc."), "the CRLF letter in the agenda");
      assert.equal(await vscode.commands.executeCommand(ClientCommands.markReplied, await threadNode("Soylent, Inc."), "2026-11-24 09:30"), true);
      assert.equal(await vscode.commands.executeCommand(ClientCommands.setOutcome, await threadNode("Soylent, Inc."), "rejected"), true);
      assert.equal(await read(uri), text.replace("replied:   # not yet\r\n---", "replied: 2026-11-24 09:30   # not yet\r\noutcome: rejected\r\n---"));
      await agendaWhere(api, (r) => r.threads.some((t) => t.company === "Soylent, Inc." && t.state === "rejection-reply-due" && t.nextKind === "rejection-reply"), "a rejection reply to be due");
    });
  });

  describe("snippets", () => {
    const day = (offset: number) => isoDay(new Date(Date.now() + offset * 86_400_000));
    // the editor expands $CURRENT_DATE with the real clock, and the server checks drafts against it too
    const values: Record<LetterKind, Record<number, string>> = {
      "thank-you": { 1: "Pied Piper", 2: "Backend Engineer", 3: "Richard Hendricks", 4: day(0), 6: "my six years of experience building storage systems", 7: "Jordan Lee" },
      "status-check": { 1: "Vandelay Industries", 2: "Importer", 3: "Art Vandelay", 4: day(-10), 5: "Jordan Lee" },
      nudge: { 1: "Wayne Enterprises", 2: "Archivist", 3: "Lucius Fox", 4: "2026-11-02", 5: "Jordan Lee" },
      "rejection-reply": { 1: "Dunder Mifflin", 2: "Sales Associate", 3: "Michael Scott", 4: day(0), 5: "Jordan Lee" },
      acceptance: { 1: "Los Pollos Hermanos", 2: "Shift Manager", 3: "Gus Fring", 4: day(0), 5: "I will start on the first Monday of next month", 6: "Jordan Lee" },
    };
    let snippets: SnippetFile;
    before(async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      snippets = JSON.parse(await read(vscode.Uri.joinPath(ext.extensionUri, "snippets", "markdown.json")));
    });

    for (const kind of LETTER_KINDS) {
      it(`the ${kind} snippet, tabbed through and filled in, makes a letter with no warnings`, async () => {
        const uri = letter(`snippet-${kind}.md`);
        await vscode.workspace.fs.writeFile(uri, new Uint8Array());
        const editor = await vscode.window.showTextDocument(uri);
        const name = SNIPPET_FOR_KIND[kind];
        await vscode.commands.executeCommand("editor.action.insertSnippet", { langId: "markdown", name });
        for (const stop of tabStops(snippets[name].body)) {
          const value = values[kind][stop];
          if (value !== undefined) await vscode.commands.executeCommand("type", { text: value });
          await vscode.commands.executeCommand("jumpToNextSnippetPlaceholder");
        }
        await vscode.commands.executeCommand("leaveSnippet");
        const document = editor.document;
        assert.equal(document.getText(), expandSnippet(snippets[name].body, { values: values[kind] }));
        await document.save();
        const diagnostics = await serverDiagnostics(api, document);
        assert.deepEqual(diagnostics.map((d) => `${d.code}: ${d.message}`), []);
      });
    }
  });

  describe("restart", () => {
    it("Restart Server starts a new language server that serves the agenda again", async () => {
      const before = api.client;
      let served = false;
      const listener = api.onDidChangeAgenda((r) => (served ||= api.client !== before && r.threads.some((t) => t.company === "Globex")));
      try {
        await vscode.commands.executeCommand(ClientCommands.restartServer);
        assert.ok(api.client && api.client !== before && api.client.isRunning(), "no new running client");
        await when(api.onDidChangeAgenda, () => served || undefined, "the new server's agenda");
      } finally {
        listener.dispose();
      }
    });
  });
});
