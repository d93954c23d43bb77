// Turns a file's text into a Letter: typed front matter with spans, prose, sentences,
// salutation and signature. Every rule reads this; none parses again.
import { closest } from "fastest-levenshtein";
import { CHANNELS, LETTER_KINDS, OUTCOMES, type LetterKind } from "../../shared/letters";
import { compareDays, dayOf, parseDateValue } from "./dates";
import { parseYaml, splitFrontMatter } from "./frontMatter";
import { readBody, readDirectives } from "./markdown";
import { splitSentences } from "./sentences";
import type { DateValue, Letter, Salutation, Span } from "./types";

export interface ParseOptions {
  timeZone: string;
  /** false reads the front matter only (the workspace index needs no prose) */
  prose?: boolean;
}

const DATE_KEYS = ["interviewed", "sent", "promised", "replied"] as const;
const REQUIRED: Record<LetterKind, string[]> = {
  "thank-you": ["company", "role", "interviewed"],
  "status-check": ["company", "role", "interviewed"],
  nudge: ["company", "role", "interviewed"],
  "rejection-reply": ["company", "role"],
  acceptance: ["company", "role"],
};

export function parseLetter(text: string, options: ParseOptions): Letter {
  const letter: Letter = {
    text,
    isLetter: false,
    fields: { interviewer: [], highlights: [], attachments: [], channel: "email" },
    frontMatter: new Map(),
    frontMatterSpan: { start: 0, end: 0 },
    yamlStart: 0,
    bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0,
    firstBodyLine: { start: 0, end: 0 },
    blocks: [],
    sentences: [],
    problems: [],
    disables: [],
    eol: text.includes("\r\n") ? "\r\n" : "\n",
  };
  const block = splitFrontMatter(text);
  if (!block) return letter;
  letter.frontMatterSpan = block.span;
  letter.yamlStart = block.yamlStart;
  letter.bodyStart = block.bodyStart;
  const openLine = { start: 0, end: block.yamlStart };

  const kindLine = /^[ \t]*kind[ \t]*:[ \t]*["']?([\w-]+)["']?[ \t,]*(?:#[^\n]*)?\r?$/m.exec(block.yamlText);
  const kindInText = kindLine && (LETTER_KINDS as readonly string[]).includes(kindLine[1]);
  const broken = (message: string, span: Span) => {
    if (!kindInText) return false;
    letter.isLetter = true;
    letter.fields.kind = kindLine![1] as LetterKind;
    letter.problems.push({ code: "front-matter", message, ...span });
    return true;
  };

  if (block.language && !/^ya?ml$/i.test(block.language)) {
    if (broken(`Front matter must be YAML; \`---${block.language}\` front matter is never run. Remove "${block.language}" after the opening ---.`, openLine)) readProse(letter, options);
    return letter;
  }
  if (!block.closed) {
    if (broken("The front matter is never closed: add a line with --- after it.", openLine)) readProse(letter, options);
    return letter;
  }
  const yaml = parseYaml(block);
  if (yaml.errors.length) {
    if (broken(yaml.errors[0].message, yaml.errors[0].span)) readProse(letter, options);
    return letter;
  }
  letter.frontMatter = yaml.entries;
  const kindEntry = yaml.entries.get("kind");
  const kind = typeof kindEntry?.value === "string" ? kindEntry.value.trim() : undefined;
  if (kind && (LETTER_KINDS as readonly string[]).includes(kind)) {
    letter.isLetter = true;
    letter.fields.kind = kind as LetterKind;
  } else if (kindEntry && (yaml.entries.has("company") || yaml.entries.has("interviewed"))) {
    letter.isLetter = true;
    const written = String(kindEntry.value ?? "");
    letter.problems.push({
      code: "front-matter",
      message: `"${written}" is not a kind of letter. Did you mean "${closest(written, [...LETTER_KINDS])}"? Kinds: ${LETTER_KINDS.join(", ")}.`,
      ...(kindEntry.value === null ? kindEntry.keySpan : kindEntry.valueSpan),
    });
  } else {
    return letter;
  }
  readFields(letter, options, openLine);
  readProse(letter, options);
  return letter;
}

function readFields(letter: Letter, options: ParseOptions, openLine: Span) {
  const fm = letter.frontMatter;
  const f = letter.fields;
  const problem = (message: string, span: Span) => letter.problems.push({ code: "front-matter", message, ...span });
  const text = (key: string): string | undefined => {
    const e = fm.get(key);
    if (!e || e.value === null || e.value === "") return undefined;
    if (typeof e.value === "string") return e.value.trim() || undefined;
    if (typeof e.value === "number") return String(e.value);
    problem(`\`${key}\` should be text, like \`${key}: ${key === "company" ? "Acme Corp" : "Product Designer"}\`.`, e.valueSpan);
    return undefined;
  };
  const list = (key: string): string[] => {
    const e = fm.get(key);
    if (!e || e.value === null) return [];
    if (typeof e.value === "string") return e.value.trim() ? [e.value.trim()] : [];
    if (Array.isArray(e.value) && e.value.every((v) => typeof v === "string" || typeof v === "number")) {
      return e.value.map((v) => String(v).trim()).filter(Boolean);
    }
    problem(`\`${key}\` should be a list of text items.`, e.valueSpan);
    return [];
  };
  const choice = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const e = fm.get(key);
    if (!e || e.value === null || e.value === "") return undefined;
    if (typeof e.value === "string" && (allowed as readonly string[]).includes(e.value.trim())) return e.value.trim() as T;
    problem(`\`${key}\` should be one of: ${allowed.join(", ")}.`, e.valueSpan);
    return undefined;
  };
  f.company = text("company");
  f.role = text("role");
  f.concern = text("concern");
  f.interviewer = list("interviewer");
  f.highlights = list("highlights");
  f.attachments = list("attachments");
  f.outcome = choice("outcome", OUTCOMES);
  f.channel = choice("channel", CHANNELS) ?? "email";
  for (const key of DATE_KEYS) {
    const e = fm.get(key);
    if (!e || e.value === null || e.value === "") continue;
    const parsed = parseDateValue(e.value, options.timeZone);
    if (parsed.ok) f[key] = parsed.value;
    else problem(`\`${key}\`: ${parsed.reason}.`, e.valueSpan);
  }
  for (const key of f.kind ? REQUIRED[f.kind] : ["company", "role"]) {
    const e = fm.get(key);
    const present = e && e.value !== null && (typeof e.value !== "string" || e.value.trim() !== "");
    if (!present) problem(`${/^[aeiou]/.test(f.kind ?? "") ? "An" : "A"} ${f.kind ?? "follow-up"} letter needs \`${key}:\` in its front matter.`, e ? e.keySpan : openLine);
  }
  if (f.sent && f.interviewed && sentBefore(f.sent, f.interviewed, options.timeZone)) {
    problem(`\`sent\` (${f.sent.text}) is before \`interviewed\` (${f.interviewed.text}); one of the dates is wrong.`, fm.get("sent")!.valueSpan);
  }
}

function sentBefore(sent: DateValue, interviewed: DateValue, timeZone: string): boolean {
  if (sent.dateOnly || interviewed.dateOnly) return compareDays(dayOf(sent, timeZone), dayOf(interviewed, timeZone)) < 0;
  return sent.instant.getTime() < interviewed.instant.getTime();
}

function readProse(letter: Letter, options: ParseOptions) {
  if (options.prose === false) return;
  const body = readBody(letter.text, letter.bodyStart);
  letter.blocks = body.blocks;
  letter.disables = readDirectives(letter.text, body.comments);
  letter.sentences = body.blocks.flatMap((b, i) => splitSentences(b, i));
  letter.firstBodyLine = firstLine(letter);
  letter.salutation = findSalutation(letter);
  letter.signatureBlock = findSignature(letter);
}

function firstLine(letter: Letter): Span {
  const first = letter.blocks[0];
  if (!first) return { start: letter.bodyStart, end: letter.bodyStart };
  const nl = letter.text.indexOf("\n", first.start);
  const end = nl < 0 || nl > first.end ? first.end : letter.text[nl - 1] === "\r" ? nl - 1 : nl;
  return { start: first.start, end };
}

const GREETING = /^(dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings|hola|bonjour|estimad[oa]s?|querid[oa]s?)\b[ \t]*(.*?)[ \t]*[,:!]?[ \t]*$/iu;
const BARE_NAME = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:[ \t]+(?:and|&|y)?[ \t]*\p{Lu}[\p{L}\p{M}'’.-]*){0,4})[ \t]*,[ \t]*$/u;

const MAX_SALUTATION = 160;

/** "Dear Dr. Moreno," or a bare "Alicia," on the first line of the body. */
function findSalutation(letter: Letter): Salutation | undefined {
  const first = letter.blocks[0];
  if (!first) return undefined;
  const lineEnd = first.text.search(/\r?\n/);
  const line = lineEnd < 0 ? first.text : first.text.slice(0, lineEnd);
  // No greeting is this long, and the patterns below backtrack over long runs of spaces.
  if (line.length > MAX_SALUTATION) return undefined;
  const greeting = GREETING.exec(line);
  if (greeting) {
    // Emoji and punctuation around the name ("Hi 👋 José!") are not part of it.
    const name = greeting[2].replace(/^[^\p{L}]+|[^\p{L}\p{M}.]+$/gu, "").trim();
    const at = name ? line.indexOf(name, greeting[1].length) : line.length;
    return { start: first.start, end: first.start + line.trimEnd().length, greeting: greeting[1], name, nameSpan: { start: first.start + at, end: first.start + at + name.length } };
  }
  const bare = BARE_NAME.exec(line);
  if (bare && (lineEnd >= 0 || letter.blocks.length > 1)) {
    return { start: first.start, end: first.start + line.trimEnd().length, greeting: "", name: bare[1], nameSpan: { start: first.start, end: first.start + bare[1].length } };
  }
  return undefined;
}

const CLOSING = /^(?:(?:very |yours |all the |with )?(?:best|warm(?:est)?|kind(?:est)?|regards|sincerely|cheers|thanks|thank you|many thanks|respectfully|cordially|gratefully|yours|truly|appreciatively|take care|see you|talk soon|con gratitud|atentamente|saludos|un saludo)\b[^\n]{0,30}|with (?:gratitude|appreciation|thanks)[^\n]{0,20})[,!.]?[ \t]*$/iu;

/** The sign-off block ("Warm regards,\nName"), searched among the last blocks. */
function findSignature(letter: Letter): number | undefined {
  // A sign-off follows something: right after the greeting, "Thank you for the offer." is the letter.
  const earliest = letter.salutation ? 2 : 1;
  for (let i = letter.blocks.length - 1; i >= Math.max(earliest, letter.blocks.length - 3); i--) {
    const firstLine = letter.blocks[i].text.split(/\r?\n/)[0].trim();
    if (CLOSING.test(firstLine) && firstLine.split(/\s+/).length <= 6) return i;
  }
  return undefined;
}

