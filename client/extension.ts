// Activation: one context object owns the language client, the agenda, the tree, the
// status bar and every disposable (the rust-analyzer shape).
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { AgendaChangedNotification, type AgendaResult } from "../shared/protocol";
import { Agenda } from "./agenda";
import { registerCommands, type CommandHost } from "./commands";
import { createLanguageClient } from "./languageClient";
import { AgendaStatus, LetterStatus } from "./statusBar";
import { FollowupTree, type Node } from "./tree";

export const VIEW_ID = "followup.agenda";

/** What activate() returns: enough for the integration tests to wait on events instead of sleeping. */
export interface FollowupApi {
  /** Resolves once the server is up and the first agenda has arrived. */
  readonly ready: Promise<void>;
  readonly agenda: Agenda;
  readonly onDidChangeAgenda: vscode.Event<AgendaResult>;
  readonly tree: FollowupTree;
  readonly treeView: vscode.TreeView<Node>;
  readonly status: vscode.StatusBarItem;
  readonly letterStatus: vscode.StatusBarItem;
  readonly client: LanguageClient | undefined;
  restart(): Promise<void>;
}

class Ctx implements CommandHost, vscode.Disposable {
  readonly output = vscode.window.createOutputChannel("Interview Follow-Up");
  readonly agenda = new Agenda((line) => this.output.appendLine(line));
  readonly tree = new FollowupTree(this.agenda);
  readonly treeView = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this.tree, showCollapseAll: true });
  readonly agendaStatus = new AgendaStatus(this.agenda);
  readonly letterStatus = new LetterStatus(this.agenda);
  private languageClient: LanguageClient | undefined;
  private readonly clientSubscriptions: vscode.Disposable[] = [];

  constructor(readonly extension: vscode.ExtensionContext) {
    extension.subscriptions.push(this, this.output, this.agenda, this.tree, this.treeView, this.agendaStatus, this.letterStatus, ...registerCommands(this));
    this.agenda.onDidChange((result) => {
      const due = result.threads.filter((t) => t.state.endsWith("-due") || t.state.endsWith("-overdue")).length;
      this.treeView.badge = due ? { value: due, tooltip: `${due} follow-up${due === 1 ? "" : "s"} due` } : undefined;
    }, undefined, extension.subscriptions);
  }

  get extensionUri(): vscode.Uri {
    return this.extension.extensionUri;
  }
  get client(): LanguageClient | undefined {
    return this.languageClient;
  }

  async start(): Promise<void> {
    const client = createLanguageClient(this.extension, this.output, (message) => this.tellUser(message));
    this.languageClient = client;
    this.clientSubscriptions.push(client.onNotification(AgendaChangedNotification, () => void this.agenda.refresh()));
    try {
      await client.start();
    } catch (error) {
      this.output.appendLine(`[client] start failed: ${error instanceof Error ? error.stack : String(error)}`);
      this.tellUser(`The Follow-Up language server could not start: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.agenda.setSource({ sendRequest: (method, params) => client.sendRequest(method, params) });
    await this.agenda.refresh();
  }

  async stop(): Promise<void> {
    this.agenda.setSource(undefined);
    for (const d of this.clientSubscriptions.splice(0)) d.dispose();
    const client = this.languageClient;
    this.languageClient = undefined;
    if (client) {
      try {
        await client.stop(5000);
      } catch (error) {
        this.output.appendLine(`[client] stop: ${error instanceof Error ? error.message : String(error)}`);
      }
      await client.dispose();
    }
  }

  async restart(): Promise<void> {
    this.output.appendLine("[client] restarting the language server");
    await this.stop();
    await this.start();
  }

  async revealAgenda(): Promise<void> {
    await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
  }

  tellUser(message: string): void {
    void vscode.window.showErrorMessage(message, "Show Output", "Restart Server").then((choice) => {
      if (choice === "Show Output") this.output.show(true);
      if (choice === "Restart Server") void this.restart();
    });
  }

  dispose(): void {
    void this.stop();
  }
}

let ctx: Ctx | undefined;

export function activate(context: vscode.ExtensionContext): FollowupApi {
  const c = (ctx = new Ctx(context));
  const ready = c.start();
  return {
    ready,
    agenda: c.agenda,
    onDidChangeAgenda: c.agenda.onDidChange,
    tree: c.tree,
    treeView: c.treeView,
    status: c.agendaStatus.item,
    letterStatus: c.letterStatus.item,
    get client() {
      return c.client;
    },
    restart: () => c.restart(),
  };
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
