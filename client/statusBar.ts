// Two status bar items: what is due next across the workspace, and the open letter's own state.
import * as vscode from "vscode";
import { ClientCommands } from "../shared/protocol";
import type { Agenda } from "./agenda";
import { byUrgency, dueText, groupOf, headline, KIND_LABEL, relative, span, threadLabel } from "./format";
import { readKey } from "./frontMatter";

const escape = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, "\\$&");

export class AgendaStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem("followup.agenda", vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly agenda: Agenda) {
    this.item.name = "Follow-Up: next letter due";
    this.item.command = ClientCommands.showAgenda;
    this.subscription = agenda.onDidChange(() => this.update());
  }

  update(): void {
    const now = this.agenda.now();
    const threads = this.agenda.threads.filter((t) => t.letters.length > 0);
    if (threads.length === 0) {
      this.item.hide();
      return;
    }
    const overdue = threads.filter((t) => groupOf(t, now) === "overdue").sort(byUrgency);
    const due = [...overdue, ...threads.filter((t) => groupOf(t, now) === "due").sort(byUrgency)];
    if (due.length === 0) {
      const next = threads.filter((t) => t.state === "waiting" && t.due).sort(byUrgency)[0];
      this.item.text = next?.due && next.nextKind ? `$(check) No follow-ups due · next ${relative(new Date(next.due), now)}` : "$(check) No follow-ups due";
      this.item.backgroundColor = undefined;
    } else {
      const more = due.length > 1 ? ` (+${due.length - 1})` : "";
      this.item.text = `${overdue.length ? "$(warning)" : "$(bell)"} ${headline(due[0], now)}${more}`;
      this.item.backgroundColor = overdue.length ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    }
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: [ClientCommands.showAgenda, ClientCommands.newLetter, ClientCommands.refreshAgenda] };
    md.appendMarkdown(due.length ? `**${due.length} follow-up${due.length === 1 ? "" : "s"} due**${overdue.length ? `, ${overdue.length} overdue` : ""}\n\n` : "**Nothing due**\n\n");
    for (const t of (due.length ? due : threads.filter((x) => x.state === "waiting").sort(byUrgency)).slice(0, 5)) {
      const what = t.nextKind ? `${KIND_LABEL[t.nextKind]}: ` : "";
      md.appendMarkdown(`- ${what}${escape(threadLabel(t))}, ${escape(dueText(t, now))}\n`);
    }
    md.appendMarkdown(`\n[Show follow-ups](command:${ClientCommands.showAgenda}) · [New letter](command:${ClientCommands.newLetter})`);
    this.item.tooltip = md;
    this.item.accessibilityInformation = { label: this.item.text.replace(/\$\([\w-]+\)\s*/g, "") };
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}

export class LetterStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem("followup.letter", vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly agenda: Agenda) {
    this.item.name = "Follow-Up: this letter";
    this.subscriptions = [
      agenda.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidSaveTextDocument((d) => d === vscode.window.activeTextEditor?.document && this.update()),
    ];
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const found = document && document.languageId === "markdown" ? this.agenda.find(document.uri) : undefined;
    if (!document || !found) {
      this.item.hide();
      return;
    }
    const now = this.agenda.now();
    const { thread, index } = found;
    const letter = thread.letters[index];
    const kind = KIND_LABEL[letter.kind];
    if (letter.sent) {
      const sent = new Date(letter.sent);
      const interviewed = parseLocal(readKey(document.getText(), "interviewed"));
      const after = interviewed && sent >= interviewed ? ` · ${span(sent.getTime() - interviewed.getTime())} after the interview` : "";
      this.item.text = `$(mail-read) ${kind} sent ${relative(sent, now)}${after}`;
    } else if (thread.nextKind === letter.kind && thread.due) {
      this.item.text = `$(edit) ${kind} draft · ${dueText(thread, now)}`;
    } else {
      this.item.text = `$(edit) ${kind} draft`;
    }
    this.item.tooltip = new vscode.MarkdownString(`**${escape(threadLabel(thread))}**\n\n${escape(this.item.text.replace(/\$\([\w-]+\)\s*/g, ""))}`);
    this.item.command = letter.sent ? ClientCommands.showAgenda : { command: ClientCommands.markSent, title: "Mark as Sent", arguments: [document.uri] };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.item.dispose();
  }
}

/** A front-matter date as local time ("2026-11-24", "2026-11-24 14:30", or with an offset). */
export function parseLocal(value: string | undefined): Date | undefined {
  const m = value?.match(/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/);
  if (!m) return undefined;
  if (m[7]) return new Date(value!.replace(" ", "T"));
  return new Date(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
}
