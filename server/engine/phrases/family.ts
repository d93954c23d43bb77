// A phrase family: one idea ("begging", "over-apologising") written many ways. Patterns
// are built from small parts so tense, contractions and intensifiers come for free, and
// every quantifier is bounded so no input can make matching slow.
import type { Letter, Span } from "../types";
import { findInProse } from "../rules/util";

export interface PhraseFamily {
  id: string;
  /** what is wrong, in the coach's voice */
  why: string;
  pattern: RegExp;
  /** a calmer wording to offer instead; without one the fix removes the sentence */
  rewrite?: string;
  /** whether the rewrite stands for the whole clause ("I am begging you to reconsider"), not only the phrase */
  rewritesClause?: boolean;
}

/** Apostrophes as people type them. */
export const A = "['\u2019]";
/** I am / I'm */
export const I_AM = `I(?:\\s+am|${A}m)`;
/** I have / I've */
export const I_HAVE = `I(?:\\s+have|${A}ve)`;
/** I do not / I don't / I did not / I didn't */
export const I_DONT = `I(?:\\s+(?:honestly|really|just|truly|genuinely|still|frankly))?(?:\\s+(?:do|did)(?:\\s+not|n${A}t))`;
/** not / n't */
export const NOT = `(?:\\s+not|n${A}t)`;
/** really, truly, so… in any order, up to three */
export const INTENSIFIERS = "(?:(?:really|truly|desperately|badly|so|very|just|absolutely|seriously|honestly|totally|completely|genuinely|sincerely|still|do|definitely),?\\s+){0,3}";
/** the rest of the clause, up to a stop */
export const TAIL = (n: number) => `[^.!?;\\n]{0,${n}}`;
/** the rest of the clause, up to a stop or a comma */
export const CLAUSE = (n: number) => `[^.!?;,\\n]{0,${n}}`;

export const phrase = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "giu");

export interface PhraseMatch extends Span {
  family: PhraseFamily;
  text: string;
}

const JOINED = /^\s*,?\s*(?:(?:to|and)\s+)?$/;

/** Every match of every family, overlapping matches merged into the earliest, longest one. */
export function findPhrases(letter: Letter, families: PhraseFamily[]): PhraseMatch[] {
  const all: PhraseMatch[] = [];
  for (const family of families) {
    for (const m of findInProse(letter, family.pattern)) all.push({ ...m, family, text: m.text.trimEnd(), end: m.start + m.text.trimEnd().length });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseMatch[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    // One idea, one diagnostic: overlapping matches, and matches joined only by "to" or "and"
    // ("I beg you to give me a chance"), become one.
    if (last && (m.start < last.end || (m.start - last.end <= 6 && JOINED.test(letter.text.slice(last.end, m.start))))) {
      if (m.end > last.end) last.end = m.end, (last.text = letter.text.slice(last.start, last.end));
      continue;
    }
    kept.push(m);
  }
  return kept;
}
