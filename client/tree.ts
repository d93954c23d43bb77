// The Follow-ups view: threads grouped by state, letters as children.
import * as vscode from "vscode";
import type { AgendaState } from "../shared/letters";
import type { AgendaLetter, AgendaThread } from "../shared/protocol";
import type { Agenda } from "./agenda";
import { absolute, byUrgency, dueText, GROUP_LABEL, GROUPS, groupOf, KIND_LABEL, relative, STATE_LABEL, threadLabel, type Group } from "./format";

export type Node =
  | { type: "group"; group: Group; threads: AgendaThread[] }
  | { type: "thread"; thread: AgendaThread }
  | { type: "letter"; thread: AgendaThread; letter: AgendaLetter };

const STATE_ICON: Record<AgendaState, [string, string]> = {
  "thank-you-overdue": ["error", "list.errorForeground"],
  "rejection-reply-due": ["reply", "list.warningForeground"],
  "thank-you-due": ["mail", "list.warningForeground"],
  "status-check-due": ["question", "list.warningForeground"],
  "nudge-due": ["bell", "list.warningForeground"],
  waiting: ["clock", "charts.blue"],
  answered: ["pass", "charts.green"],
  closed: ["archive", "disabledForeground"],
};
const GROUP_ICON: Record<Group, [string, string]> = {
  overdue: ["warning", "list.errorForeground"],
  due: ["bell", "list.warningForeground"],
  waiting: ["clock", "charts.blue"],
  done: ["check-all", "charts.green"],
};

export class FollowupTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly agenda: Agenda) {
    this.subscription = agenda.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const now = this.agenda.now();
      const threads = this.agenda.threads.filter((t) => t.letters.length > 0);
      return GROUPS.map((group) => ({ type: "group" as const, group, threads: threads.filter((t) => groupOf(t, now) === group).sort(byUrgency) }))
        .filter((g) => g.threads.length > 0);
    }
    if (node.type === "group") return node.threads.map((thread) => ({ type: "thread", thread }));
    if (node.type === "thread") return node.thread.letters.map((letter) => ({ type: "letter", thread: node.thread, letter }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const now = this.agenda.now();
    if (node.type === "group") {
      const item = new vscode.TreeItem(GROUP_LABEL[node.group], node.group === "done" ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.group}`;
      item.description = String(node.threads.length);
      item.iconPath = new vscode.ThemeIcon(GROUP_ICON[node.group][0], new vscode.ThemeColor(GROUP_ICON[node.group][1]));
      item.contextValue = "followup.group";
      return item;
    }
    if (node.type === "thread") {
      const t = node.thread;
      const item = new vscode.TreeItem(threadLabel(t), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `thread:${t.company.toLowerCase()}\u0000${t.role.toLowerCase()}`;
      item.description = dueText(t, now);
      item.iconPath = new vscode.ThemeIcon(STATE_ICON[t.state][0], new vscode.ThemeColor(STATE_ICON[t.state][1]));
      item.tooltip = threadTooltip(t, now);
      item.contextValue = t.nextKind ? "followup.thread.next" : "followup.thread";
      item.accessibilityInformation = { label: `${t.company}, ${t.role}: ${STATE_LABEL[t.state]}, ${item.description}` };
      return item;
    }
    const { letter } = node;
    const uri = vscode.Uri.parse(letter.uri);
    const item = new vscode.TreeItem(KIND_LABEL[letter.kind], vscode.TreeItemCollapsibleState.None);
    item.id = `letter:${letter.uri}`;
    item.resourceUri = uri;
    item.description = letter.sent ? `sent ${absolute(new Date(letter.sent), false, now)}` : "draft";
    item.tooltip = new vscode.MarkdownString(`**${KIND_LABEL[letter.kind]}** to ${escape(node.thread.company)}  \n${letter.sent ? `Sent ${relative(new Date(letter.sent), now)}` : "Draft, not sent yet"}  \n\`${escape(vscode.workspace.asRelativePath(uri))}\``);
    item.iconPath = new vscode.ThemeIcon(letter.sent ? "mail-read" : "edit");
    item.command = { command: "vscode.open", title: "Open Letter", arguments: [uri] };
    item.contextValue = letter.sent ? "followup.letter.sent" : "followup.letter.draft";
    return item;
  }

  getParent(node: Node): Node | undefined {
    if (node.type === "letter") return { type: "thread", thread: node.thread };
    if (node.type === "thread") return this.getChildren().find((g) => g.type === "group" && g.threads.includes(node.thread));
    return undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

const escape = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, "\\$&");

export function threadTooltip(t: AgendaThread, now: Date): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${escape(t.company)}** — ${escape(t.role)}\n\n`);
  md.appendMarkdown(`$(${STATE_ICON[t.state][0]}) ${STATE_LABEL[t.state]}`);
  if (t.due) md.appendMarkdown(`: ${escape(dueText(t, now))}`);
  md.appendMarkdown("\n\n");
  if (t.interviewer) md.appendMarkdown(`Interviewer: ${escape(t.interviewer)}\n\n`);
  if (t.nextKind) md.appendMarkdown(`Next letter: ${KIND_LABEL[t.nextKind]}\n\n`);
  md.appendMarkdown(t.letters.map((l) => `- ${KIND_LABEL[l.kind]}: ${l.sent ? `sent ${escape(absolute(new Date(l.sent), false, now))}` : "draft"}`).join("\n"));
  return md;
}
