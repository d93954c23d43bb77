// What needy and pushy phrasing share: families plus the user's own literal phrases,
// one finding per phrase, with a calmer rewrite or the sentence's removal as fixes.
import type { RuleCode } from "../../../shared/letters";
import { findPhrases, type PhraseFamily } from "../phrases/family";
import type { Finding, Fix, Letter, Span } from "../types";
import { findLiteral, sentenceRemoval } from "./util";

export function phraseFindings(letter: Letter, code: RuleCode, families: PhraseFamily[], extra: string[], advice: string): Finding[] {
  const custom: PhraseFamily = { id: "custom", why: "You listed this phrase to avoid", pattern: /$^/g };
  const matches: { span: Span; family: PhraseFamily }[] = findPhrases(letter, families).map((m) => ({ span: m, family: m.family }));
  const taken = matches.map((m) => m.span);
  for (const p of extra) {
    for (const span of findLiteral(letter, p)) {
      if (!overlapsAny(taken, span)) {
        matches.push({ span, family: custom });
        insertSorted(taken, span);
      }
    }
  }
  matches.sort((a, b) => a.span.start - b.span.start);
  return matches.map(({ span, family }) => {
    const quoted = letter.text.slice(span.start, span.end).replace(/\s+/g, " ");
    return { code, message: `"${quoted}": ${family.why.toLowerCase()}. ${advice}`, ...span, fixes: fixesFor(letter, span, family) };
  });
}

/** Whether `span` overlaps one of `sorted` (non-overlapping spans sorted by start): a binary search. */
function overlapsAny(sorted: Span[], span: Span): boolean {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].start < span.end;
}

function insertSorted(sorted: Span[], span: Span) {
  let at = sorted.length;
  while (at > 0 && sorted[at - 1].start > span.start) at--;
  sorted.splice(at, 0, span);
}

function fixesFor(letter: Letter, span: Span, family: PhraseFamily): Fix[] {
  const fixes: Fix[] = [];
  if (family.rewrite) {
    const original = letter.text.slice(span.start, span.end);
    const rewrite = /^\p{Lu}/u.test(original) ? family.rewrite : family.rewrite.replace(/^(\p{Lu})(?!\s)/u, (c) => (c === "I" ? c : c.toLowerCase()));
    const edit = family.rewritesClause ? clauseEdit(letter, span, rewrite) : { ...span, newText: rewrite };
    fixes.push({ title: `Replace with "${rewrite}"`, edits: [edit], isPreferred: true });
  }
  const sentence = sentenceRemoval(letter, span);
  if (sentence) fixes.push({ title: "Remove the sentence", edits: [sentence], isPreferred: !family.rewrite });
  return fixes;
}

/**
 * The rewrite replaces the phrase and the rest of its clause, so "I am begging you to
 * reconsider." becomes "I would welcome the chance to be considered." and an accusing
 * question becomes a statement.
 */
function clauseEdit(letter: Letter, span: Span, rewrite: string) {
  const block = letter.blocks.find((b) => b.start <= span.start && b.end >= span.end);
  const limit = block ? block.end : span.end;
  const rest = letter.text.slice(span.end, Math.min(limit, span.end + 400));
  const stop = /[.!?;:\n]|,\s+(?:and|but|so|because|since|as|which|or|if|though|although)\s/u.exec(rest);
  let end = span.end + (stop ? stop.index : rest.length);
  let newText = rewrite;
  if (letter.text[end] === "?") {
    end++;
    newText += ".";
  }
  while (end > span.end && /\s/.test(letter.text[end - 1])) end--;
  return { start: span.start, end, newText };
}
