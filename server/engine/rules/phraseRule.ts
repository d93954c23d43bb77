// What needy and pushy phrasing share: families plus the user's own literal phrases,
// one finding per phrase, with a calmer rewrite or the sentence's removal as fixes.
import type { RuleCode } from "../../../shared/letters";
import { findPhrases, type PhraseFamily } from "../phrases/family";
import type { Finding, Fix, Letter, Span } from "../types";
import { findLiteral, sentenceAround } from "./util";

export function phraseFindings(letter: Letter, code: RuleCode, families: PhraseFamily[], extra: string[], advice: string): Finding[] {
  const custom: PhraseFamily = { id: "custom", why: "You listed this phrase to avoid", pattern: /$^/g };
  const matches: { span: Span; family: PhraseFamily }[] = findPhrases(letter, families).map((m) => ({ span: m, family: m.family }));
  for (const p of extra) {
    for (const span of findLiteral(letter, p)) {
      if (!matches.some((m) => m.span.start < span.end && span.start < m.span.end)) matches.push({ span, family: custom });
    }
  }
  matches.sort((a, b) => a.span.start - b.span.start);
  return matches.map(({ span, family }) => {
    const quoted = letter.text.slice(span.start, span.end).replace(/\s+/g, " ");
    return { code, message: `"${quoted}": ${family.why.toLowerCase()}. ${advice}`, ...span, fixes: fixesFor(letter, span, family) };
  });
}

function fixesFor(letter: Letter, span: Span, family: PhraseFamily): Fix[] {
  const fixes: Fix[] = [];
  if (family.rewrite) {
    const original = letter.text.slice(span.start, span.end);
    const rewrite = /^\p{Lu}/u.test(original) ? family.rewrite : family.rewrite.replace(/^(\p{Lu})(?!\s)/u, (c) => (c === "I" ? c : c.toLowerCase()));
    fixes.push({ title: `Replace with "${rewrite}"`, edits: [{ ...span, newText: rewrite }], isPreferred: true });
  }
  const sentence = sentenceAround(letter, span);
  if (sentence) fixes.push({ title: "Remove the sentence", edits: [{ ...sentence, newText: "" }], isPreferred: !family.rewrite });
  return fixes;
}
