// Small helpers the rules share: which sentences carry content, where to insert a
// paragraph, and pattern search over prose with file offsets.
import type { Fix, Letter, Sentence, Span, TextEdit } from "../types";

/** Sentences of the body other than the salutation line and the sign-off. */
export function contentSentences(letter: Letter): Sentence[] {
  const sal = letter.salutation;
  return letter.sentences.filter(
    (s) => s.block !== letter.signatureBlock && !(sal && s.start >= sal.start && s.end <= sal.end),
  );
}

/** Offsets of every match of `pattern` (global) in the prose, with the match text. */
export function findInProse(letter: Letter, pattern: RegExp, blocks = letter.blocks): (Span & { text: string })[] {
  const out: (Span & { text: string })[] = [];
  for (const block of blocks) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(block.text); m; m = pattern.exec(block.text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      out.push({ start: block.start + m.index, end: block.start + m.index + m[0].length, text: m[0] });
    }
  }
  return out;
}

/** Case-insensitive literal search for user-supplied phrases: never a pattern, so never slow. */
export function findLiteral(letter: Letter, phrase: string): Span[] {
  const needle = fold(phrase.trim());
  const out: Span[] = [];
  if (!needle) return out;
  for (const block of letter.blocks) {
    const hay = fold(block.text);
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      const before = hay[at - 1], after = hay[at + needle.length];
      if (isWordChar(before) && isWordChar(needle[0])) continue;
      if (isWordChar(after) && isWordChar(needle[needle.length - 1])) continue;
      out.push({ start: block.start + at, end: block.start + at + needle.length });
    }
  }
  return out;
}

/** Lower case that keeps every offset: "İ".toLowerCase() is two code units, so it stays "İ". */
function fold(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** A new paragraph right after the salutation (or at the top of the body). */
export function insertAfterSalutation(letter: Letter, paragraph: string): Fix["edits"] {
  const eol = letter.eol;
  const sal = letter.salutation;
  const next = letter.blocks.find((b) => !sal || b.start > sal.end);
  if (next) return [{ start: next.start, end: next.start, newText: `${paragraph}${eol}${eol}` }];
  const at = sal ? sal.end : letter.bodyStart;
  return [{ start: at, end: at, newText: `${eol}${eol}${paragraph}` }];
}

/** A new paragraph before the sign-off (or after the last paragraph). */
export function insertBeforeSignature(letter: Letter, paragraph: string): Fix["edits"] {
  const eol = letter.eol;
  const sig = letter.signatureBlock !== undefined ? letter.blocks[letter.signatureBlock] : undefined;
  if (sig) return [{ start: sig.start, end: sig.start, newText: `${paragraph}${eol}${eol}` }];
  const last = letter.blocks[letter.blocks.length - 1];
  const at = last ? last.end : letter.text.length;
  return [{ start: at, end: at, newText: `${eol}${eol}${paragraph}` }];
}

/** Where to put a missing middle paragraph: after the first content paragraph. */
export function insertAfterFirstParagraph(letter: Letter, paragraph: string): Fix["edits"] {
  const sal = letter.salutation;
  const content = letter.blocks.filter((b, i) => (!sal || b.start > sal.end) && i !== letter.signatureBlock);
  if (content.length === 0) return insertAfterSalutation(letter, paragraph);
  const eol = letter.eol;
  return [{ start: content[0].end, end: content[0].end, newText: `${eol}${eol}${paragraph}` }];
}

/** The index of the sentence that holds a span (sentences are in file order): a binary search. */
function sentenceIndex(letter: Letter, span: Span): number {
  const list = letter.sentences;
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && list[i].end >= span.end ? i : -1;
}

/** The sentence around a span, with the space after it, for "remove the sentence" fixes. */
export function sentenceAround(letter: Letter, span: Span): Span | undefined {
  const s = letter.sentences[sentenceIndex(letter, span)];
  if (!s) return undefined;
  let end = s.end;
  while (end < letter.text.length && (letter.text[end] === " " || letter.text[end] === "\t")) end++;
  return { start: s.start, end };
}

/**
 * The edit that removes the sentence around a span and leaves tidy text: the space after it
 * (or before it, at the end of a line), or the whole paragraph with its blank line when the
 * sentence is all there is.
 */
export function sentenceRemoval(letter: Letter, span: Span): TextEdit | undefined {
  const i = sentenceIndex(letter, span);
  const s = letter.sentences[i];
  if (!s) return undefined;
  const text = letter.text;
  const block = letter.blocks[s.block];
  const alone = letter.sentences[i - 1]?.block !== s.block && letter.sentences[i + 1]?.block !== s.block;
  if (alone && block && block.type !== "listItem") {
    let start = block.start, end = block.end;
    const after = skipBlankLines(text, end, 1);
    if (after > end && after < text.length) end = after;
    else start = skipBlankLines(text, start, -1);
    return { start, end, newText: "" };
  }
  let start = s.start, end = s.end;
  while (end < text.length && (text[end] === " " || text[end] === "\t")) end++;
  if (end === s.end || text[end] === "\n" || text[end] === "\r" || end === text.length) {
    end = s.end;
    while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
    if (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") return { start, end, newText: "" };
    start = s.start;
    while (end < text.length && (text[end] === " " || text[end] === "\t")) end++;
  }
  return { start, end, newText: "" };
}

/**
 * Walks whitespace from `at`, forwards (dir 1) or backwards (-1), and returns where the blank
 * lines there end: forwards, just past the last line break; backwards, at the first line break.
 */
function skipBlankLines(text: string, at: number, dir: 1 | -1): number {
  const blank = (c: string | undefined) => c === " " || c === "\t" || c === "\r" || c === "\n";
  let last = at;
  if (dir > 0) {
    for (let i = at; i < text.length && blank(text[i]); i++) if (text[i] === "\n") last = i + 1;
  } else {
    for (let i = at; i > 0 && blank(text[i - 1]); i--) if (text[i - 1] === "\n") last = text[i - 2] === "\r" ? i - 2 : i - 1;
  }
  return last;
}

export const joinList = (items: string[]): string =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
