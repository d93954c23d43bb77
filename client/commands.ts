// The Follow-Up commands. Each takes optional arguments (a tree node, a URI, or for New
// Letter the answers themselves) so that menus, links and tests can run them without prompts.
import * as path from "path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { LETTER_KINDS, OUTCOMES, type LetterKind } from "../shared/letters";
import { ClientCommands, MarkSentRequest, type AgendaThread, type MarkSentParams, type MarkSentResult } from "../shared/protocol";
import type { Agenda } from "./agenda";
import { KIND_LABEL, threadLabel } from "./format";
import { localDateTime, readKey, setKey } from "./frontMatter";
import { DATE_MEANING, expandSnippet, isoDay, letterFileName, SNIPPET_FOR_KIND, TabStop, type SnippetFile } from "./templates";
import type { Node } from "./tree";

export interface CommandHost {
  readonly extensionUri: vscode.Uri;
  readonly agenda: Agenda;
  readonly client: LanguageClient | undefined;
  restart(): Promise<void>;
  revealAgenda(): Promise<void>;
}

export interface NewLetterArgs {
  kind?: LetterKind;
  company?: string;
  role?: string;
  interviewer?: string;
  /** YYYY-MM-DD or YYYY-MM-DD HH:MM: the interview, or the employer's answer for a rejection reply or acceptance */
  date?: string;
  /** open the new letter in an editor (default true) */
  open?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?$/;

export function registerCommands(host: CommandHost): vscode.Disposable[] {
  const register = (id: string, run: (...args: never[]) => unknown) =>
    vscode.commands.registerCommand(id, async (...args: never[]) => {
      try {
        return await run(...args);
      } catch (error) {
        void vscode.window.showErrorMessage(`Follow-Up: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    });
  return [
    register(ClientCommands.newLetter, (args?: NewLetterArgs) => newLetter(host, args ?? {})),
    register(ClientCommands.markSent, (arg?: vscode.Uri | Node) => markSent(host, arg)),
    register(ClientCommands.writeNextLetter, (arg?: Node, args?: { open?: boolean }) => writeNextLetter(host, arg, args?.open ?? true)),
    register(ClientCommands.markReplied, (arg?: Node, date?: string) => markReplied(host, arg, date)),
    register(ClientCommands.setOutcome, (arg?: Node, outcome?: string) => setOutcome(host, arg, outcome)),
    register(ClientCommands.showAgenda, () => host.revealAgenda()),
    register(ClientCommands.refreshAgenda, () => host.agenda.refresh()),
    register(ClientCommands.restartServer, () => host.restart()),
  ];
}

/** The letters folder: `followup.lettersFolder` under the workspace folder; never outside it in Restricted Mode. */
export function lettersFolder(folder: vscode.WorkspaceFolder): vscode.Uri {
  const config = vscode.workspace.getConfiguration("followup", folder.uri);
  // In an untrusted workspace, a folder named by the workspace itself could point anywhere: use the user's value only.
  const setting = vscode.workspace.isTrusted
    ? config.get<string>("lettersFolder", "letters")
    : config.inspect<string>("lettersFolder")?.globalValue ?? "letters";
  const relative = (setting || ".").replace(/\\/g, "/");
  const target = path.posix.isAbsolute(relative) ? vscode.Uri.file(relative) : vscode.Uri.joinPath(folder.uri, relative);
  const inside = target.path === folder.uri.path || target.path.startsWith(folder.uri.path.replace(/\/?$/, "/"));
  if (!inside && !vscode.workspace.isTrusted) throw new Error(`In Restricted Mode letters are written inside the workspace folder, not in ${target.fsPath}.`);
  return target;
}

async function loadSnippets(host: CommandHost): Promise<SnippetFile> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(host.extensionUri, "snippets", "markdown.json"));
  return JSON.parse(new TextDecoder().decode(bytes)) as SnippetFile;
}

/** Fills the kind's snippet with the answers: every letter starts from the same template. */
async function letterText(host: CommandHost, kind: LetterKind, a: { company: string; role: string; interviewer?: string; date: string }): Promise<string> {
  const snippets = await loadSnippets(host);
  const values: Record<number, string> = { [TabStop.company]: a.company, [TabStop.role]: a.role, [TabStop.interviewer]: a.interviewer || "Hiring Team", [TabStop.date]: a.date };
  let text = expandSnippet(snippets[SNIPPET_FOR_KIND[kind]].body, { values, now: host.agenda.now() });
  if (!a.interviewer) text = text.replace(/^interviewer: Hiring Team\r?\n/m, "");
  return text;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function pickFolder(): Promise<vscode.WorkspaceFolder> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) throw new Error("Open a folder first: letters are files in your workspace.");
  if (folders.length === 1) return folders[0];
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: "Where should the letter go?" });
  if (!picked) throw new Cancelled();
  return picked;
}

class Cancelled extends Error {
  constructor() {
    super("cancelled");
  }
}

async function ask(prompt: string, options: { value?: string; optional?: boolean; validate?: (v: string) => string | undefined; step: number; steps: number }): Promise<string> {
  const value = await vscode.window.showInputBox({
    title: `New Letter (${options.step}/${options.steps})`,
    prompt,
    value: options.value,
    ignoreFocusOut: true,
    validateInput: (v) => (!v.trim() && !options.optional ? "Required" : v.trim() && options.validate ? options.validate(v.trim()) : undefined),
  });
  if (value === undefined) throw new Cancelled();
  return value.trim();
}

export async function newLetter(host: CommandHost, args: NewLetterArgs): Promise<vscode.Uri | undefined> {
  try {
    const folder = await pickFolder();
    const kind = args.kind ?? (await vscode.window.showQuickPick(
      LETTER_KINDS.map((k) => ({ label: KIND_LABEL[k], description: k, value: k })),
      { title: "New Letter (1/5)", placeHolder: "Which letter are you writing?", ignoreFocusOut: true },
    ))?.value;
    if (!kind) return undefined;
    const company = args.company ?? (await ask("Company", { step: 2, steps: 5 }));
    const role = args.role ?? (await ask("Role (the position you applied for)", { step: 3, steps: 5 }));
    const interviewer = args.interviewer ?? (await ask("Interviewer, as you would greet them (\"Dr. Alicia Moreno\"); leave empty if none", { optional: true, step: 4, steps: 5 }));
    const today = isoDay(host.agenda.now());
    const date = args.date ?? (await ask(`Date of ${DATE_MEANING[kind]} (YYYY-MM-DD, optionally HH:MM)`, { value: today, validate: (v) => (DATE.test(v) ? undefined : "Write the date as 2026-11-24 or 2026-11-24 14:30"), step: 5, steps: 5 }));
    if (!DATE.test(date)) throw new Error(`"${date}" is not a date like 2026-11-24 or 2026-11-24 14:30.`);

    const dir = lettersFolder(folder);
    const target = vscode.Uri.joinPath(dir, letterFileName(kind, company));
    if (await exists(target)) {
      // not awaited: the command finishes (with no letter) while the message waits for the user
      void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(target)} already exists; Follow-Up does not overwrite letters.`, "Open It")
        .then((open) => open && vscode.window.showTextDocument(target));
      return undefined;
    }
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(await letterText(host, kind, { company, role, interviewer, date })));
    if (args.open !== false) await vscode.window.showTextDocument(target);
    return target;
  } catch (error) {
    if (error instanceof Cancelled) return undefined;
    throw error;
  }
}

function letterUri(arg: vscode.Uri | Node | undefined): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (arg && "type" in arg && arg.type === "letter") return vscode.Uri.parse(arg.letter.uri);
  return vscode.window.activeTextEditor?.document.uri;
}

/** Applies an edit to a letter and saves it, unless it had unsaved changes of its own. */
async function applyAndSave(uri: vscode.Uri, edit: vscode.WorkspaceEdit): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const wasDirty = document.isDirty;
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Could not edit ${vscode.workspace.asRelativePath(uri)}.`);
  if (!wasDirty && !document.isUntitled) await document.save();
}

export async function markSent(host: CommandHost, arg?: vscode.Uri | Node): Promise<boolean> {
  const uri = letterUri(arg);
  if (!uri) throw new Error("Open a letter to mark it as sent.");
  const client = host.client;
  if (!client) throw new Error("The language server is not running.");
  await vscode.workspace.openTextDocument(uri); // the server reads open documents first
  const params: MarkSentParams = { uri: client.code2ProtocolConverter.asUri(uri), when: host.agenda.now().toISOString() };
  const result = await client.sendRequest<MarkSentResult | null>(MarkSentRequest, params);
  if (!result) {
    const document = await vscode.workspace.openTextDocument(uri);
    void vscode.window.showWarningMessage(readKey(document.getText(), "kind")
      ? `${vscode.workspace.asRelativePath(uri)} could not be marked as sent: fix its front matter first, or try again once the server has read it.`
      : `${vscode.workspace.asRelativePath(uri)} is not a letter: it needs front matter with a kind.`);
    return false;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result);
  await applyAndSave(uri, edit);
  return true;
}

async function pickThread(host: CommandHost, arg: Node | undefined, filter: (t: AgendaThread) => boolean, placeHolder: string): Promise<AgendaThread | undefined> {
  if (arg && arg.type !== "group") return arg.thread;
  const threads = host.agenda.threads.filter(filter);
  if (threads.length === 0) {
    void vscode.window.showInformationMessage("No application threads yet: write a letter first.");
    return undefined;
  }
  return (await vscode.window.showQuickPick(threads.map((t) => ({ label: threadLabel(t), description: t.nextKind ? `next: ${KIND_LABEL[t.nextKind]}` : t.state, t })), { placeHolder }))?.t;
}

/** The latest letter of a thread: the last one the server lists (they come oldest first). */
const latestLetter = (t: AgendaThread) => vscode.Uri.parse(t.letters[t.letters.length - 1].uri);

async function threadValue(t: AgendaThread, key: string): Promise<string | undefined> {
  for (const letter of [...t.letters].reverse()) {
    try {
      const value = readKey(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(letter.uri))), key);
      if (value) return value;
    } catch {
      // a letter deleted since the agenda was computed
    }
  }
  return undefined;
}

export async function writeNextLetter(host: CommandHost, arg: Node | undefined, open: boolean): Promise<vscode.Uri | undefined> {
  const thread = await pickThread(host, arg, (t) => t.letters.length > 0, "Write the next letter for which application?");
  if (!thread) return undefined;
  const kind = thread.nextKind ?? (await vscode.window.showQuickPick(LETTER_KINDS.map((k) => ({ label: KIND_LABEL[k], value: k })), { placeHolder: `Nothing is due for ${threadLabel(thread)}: which letter?` }))?.value;
  if (!kind) return undefined;
  const dateKey = kind === "rejection-reply" || kind === "acceptance" ? "replied" : "interviewed";
  const date = (await threadValue(thread, dateKey)) ?? isoDay(host.agenda.now());
  const text = await letterText(host, kind, { company: thread.company, role: thread.role, interviewer: thread.interviewer ?? undefined, date });
  // next to the thread's latest letter, under a name no other letter has
  const dir = vscode.Uri.joinPath(latestLetter(thread), "..");
  let target = vscode.Uri.joinPath(dir, letterFileName(kind, thread.company));
  for (let n = 2; await exists(target); n++) target = vscode.Uri.joinPath(dir, letterFileName(kind, thread.company, String(n)));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  if (open) await vscode.window.showTextDocument(target);
  return target;
}

async function editKey(uri: vscode.Uri, key: string, value: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const change = setKey(document.getText(), key, value);
  if (!change) throw new Error(`${vscode.workspace.asRelativePath(uri)} has no front matter to edit.`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(change.start.line, change.start.character, change.end.line, change.end.character), change.newText);
  await applyAndSave(uri, edit);
}

export async function markReplied(host: CommandHost, arg: Node | undefined, date?: string): Promise<boolean> {
  const thread = await pickThread(host, arg, (t) => t.state !== "closed" && t.letters.length > 0, "Which employer replied?");
  if (!thread) return false;
  const value = date ?? (await vscode.window.showInputBox({
    title: `Reply from ${thread.company}`,
    prompt: "When did they reply? (YYYY-MM-DD, optionally HH:MM)",
    value: localDateTime(host.agenda.now()),
    validateInput: (v) => (DATE.test(v.trim()) ? undefined : "Write the date as 2026-11-24 or 2026-11-24 14:30"),
  }))?.trim();
  if (!value) return false;
  await editKey(latestLetter(thread), "replied", value);
  return true;
}

export async function setOutcome(host: CommandHost, arg: Node | undefined, outcome?: string): Promise<boolean> {
  const thread = await pickThread(host, arg, (t) => t.letters.length > 0, "Which application has an outcome?");
  if (!thread) return false;
  const labels: Record<string, string> = { offer: "Offer: they made me an offer", rejected: "Rejected: they turned me down", withdrawn: "Withdrawn: I withdrew" };
  const value = outcome ?? (await vscode.window.showQuickPick(OUTCOMES.map((o) => ({ label: labels[o], o })), { title: `Outcome for ${threadLabel(thread)}` }))?.o;
  if (!value) return false;
  if (!(OUTCOMES as readonly string[]).includes(value)) throw new Error(`"${value}" is not an outcome (offer, rejected, withdrawn).`);
  await editKey(latestLetter(thread), "outcome", value);
  return true;
}
