// One letter through every rule that applies: kinds, severities and inline disables.
import type { FollowupSettings } from "../../shared/settings";
import { parseLetter } from "./letter";
import type { LetterIndex } from "./letterIndex";
import { lineOf } from "./markdown";
import { RULES } from "./rules";
import type { Diagnostic, Finding, Letter, LetterSummary, Rule } from "./types";

export interface CheckContext {
  settings: FollowupSettings;
  now: Date;
  /** the workspace's letters, for the rules that look across a thread */
  index?: LetterIndex;
  /** how the caller names this file, to tell its own summary apart */
  id?: string;
}

export interface Analysis {
  letter: Letter;
  summary?: LetterSummary;
  diagnostics: Diagnostic[];
}

// The Markdown parser spends tens of microseconds per line: past this many lines a file is
// no letter, and checking it would take seconds.
const MAX_LINES = 5_000;

/** Lines as Markdown counts them: a lone CR ends a line too. */
function countLines(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines;
}

const LETTER_HINT = /^\uFEFF?---[^\n]*\r?\n[^]*?^[ \t]*kind[ \t]*:/m;

export interface ReadLetter {
  letter: Letter;
  summary?: LetterSummary;
  /** set when the file was too large to check: the one diagnostic to show instead */
  skipped?: Diagnostic[];
}

/** Why a file is too big to check (characters over maxFileSize, or lines over the fixed limit), or undefined. */
function tooBig(text: string, settings: FollowupSettings): string | undefined {
  if (text.length > settings.maxFileSize) {
    return `Not checked: the file has ${text.length.toLocaleString("en")} characters, more than the ${settings.maxFileSize.toLocaleString("en")} set in maxFileSize.`;
  }
  const lines = text.length > MAX_LINES ? countLines(text) : 0;
  if (lines > MAX_LINES) return `Not checked: the file has ${lines.toLocaleString("en")} lines, more than the ${MAX_LINES.toLocaleString("en")} a letter can have.`;
  return undefined;
}

/** Parses one file's text into a letter and its summary; files too big to check are skipped. */
export function readLetter(text: string, settings: FollowupSettings, id = ""): ReadLetter {
  const skip = tooBig(text, settings);
  if (skip) {
    const letter = parseLetter("", { timeZone: settings.timeZone });
    letter.isLetter = LETTER_HINT.test(text.slice(0, 4000));
    return { letter, skipped: letter.isLetter ? [{ code: "front-matter", severity: "information", start: 0, end: 0, message: skip }] : [] };
  }
  const letter = parseLetter(text, { timeZone: settings.timeZone });
  return { letter, summary: summarize(letter, id) };
}

/** Only what the workspace index keeps of a file: its front matter, without reading the prose. */
export function readSummary(text: string, settings: FollowupSettings, id = ""): LetterSummary | undefined {
  if (tooBig(text, settings)) return undefined;
  return summarize(parseLetter(text, { timeZone: settings.timeZone, prose: false }), id);
}

/** Checks a letter read by readLetter against the workspace's other letters. */
export function checkRead(read: ReadLetter, context: CheckContext): Diagnostic[] {
  return read.skipped ?? checkLetter(read.letter, context, read.summary);
}

/** Parses and checks one file's text. Never throws for any input. */
export function analyzeText(text: string, context: CheckContext): Analysis {
  const read = readLetter(text, context.settings, context.id);
  return { ...read, diagnostics: checkRead(read, context) };
}

export function checkLetter(letter: Letter, context: CheckContext, summary = summarize(letter, context.id ?? "")): Diagnostic[] {
  if (!letter.isLetter) return [];
  const kind = letter.fields.kind;
  // Without a known kind, or without readable front matter, only the front-matter errors make sense.
  const broken = !kind || (letter.frontMatter.size === 0 && letter.problems.length > 0);
  const thread = summary ? (context.index?.threadOf(summary) ?? [summary]) : [];
  const ruleContext = { settings: context.settings, now: context.now, thread };
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    if (rule.kinds !== "all" && !(kind && rule.kinds.includes(kind))) continue;
    if (broken && rule.code !== "front-matter") continue;
    const severity = severityOf(rule, context.settings);
    if (!severity) continue;
    for (const finding of safeCheck(rule, letter, ruleContext)) out.push({ ...finding, severity });
  }
  return suppress(letter, out).sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}

function safeCheck(rule: Rule, letter: Letter, context: Parameters<Rule["check"]>[1]): Finding[] {
  try {
    return rule.check(letter, context);
  } catch (error) {
    // A rule bug must not cost the writer the other rules' advice.
    return [{ code: rule.code, start: 0, end: 0, message: `The ${rule.code} check failed on this file: ${(error as Error).message}` }];
  }
}

function severityOf(rule: Rule, settings: FollowupSettings) {
  const setting = settings.rules[rule.code];
  if (setting === "off") return undefined;
  if (setting === "error" || setting === "warning" || setting === "information" || setting === "hint") return setting;
  return rule.defaultSeverity;
}

/** Applies `followup-disable`, `-enable` and `-disable-next-line` comments, markdownlint style. */
function suppress(letter: Letter, diagnostics: Diagnostic[]): Diagnostic[] {
  if (letter.disables.length === 0) return diagnostics;
  const directives = [...letter.disables].sort((a, b) => a.line - b.line);
  return diagnostics.filter((d) => {
    const line = lineOf(letter.text, d.start);
    const covers = (codes: string[]) => codes.length === 0 || codes.includes(d.code);
    let disabled = false;
    for (const dir of directives) {
      if (dir.kind === "disable-next-line") {
        if (dir.line + 1 === line && covers(dir.codes)) return false;
        continue;
      }
      if (dir.line > line) break;
      if (covers(dir.codes)) disabled = dir.kind === "disable";
    }
    return !disabled;
  });
}

/** What the workspace index keeps of a letter; undefined for a file that is not a usable letter. */
export function summarize(letter: Letter, id: string): LetterSummary | undefined {
  const f = letter.fields;
  if (!letter.isLetter || !f.kind || !f.company || !f.role) return undefined;
  return {
    id,
    kind: f.kind,
    company: f.company,
    role: f.role,
    interviewer: f.interviewer,
    interviewed: f.interviewed,
    sent: f.sent,
    promised: f.promised,
    replied: f.replied,
    outcome: f.outcome,
  };
}
