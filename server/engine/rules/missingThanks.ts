import type { Letter, Rule } from "../types";
import { contentSentences, insertAfterSalutation } from "./util";

// Gratitude in its usual forms; "I would appreciate…" asks for something, it does not thank.
const GRATITUDE = /(?<![\p{L}])(?:thank(?:s|ing|ful)?|thx|grateful|gratitude|appreciat(?:e|ed|es|ing|ion|ive)|many\s+thanks|much\s+obliged|indebted|meant\s+(?:a\s+lot|so\s+much|a\s+great\s+deal)\s+(?:to\s+me\s+)?that\s+you|kind\s+of\s+you\s+to)(?![\p{L}])/iu;
const REQUEST = /(?:would|could|['\u2019]d)\s+(?:really\s+|greatly\s+|truly\s+|so\s+|very\s+)?(?:be\s+)?(?:(?:very|so|most|truly|really)\s+)?(?:appreciate|grateful|thankful)|appreciate\s+it\s+if|grateful\s+if|thankful\s+if/iu;
// Not thanks for anything the reader did: "thanks to my mentor", "I appreciate that you are busy",
// and thanks in advance for a reply (thanks for their consideration or time still counts).
const NOT_THANKS = new RegExp(
  [
    String.raw`thanks\s+to\s+(?!you|all\s+of\s+you|everyone|each\s+of\s+you|both\s+of\s+you|the\s+(?:team|panel|committee)\s+for)`,
    // understanding, not thanks: "I appreciate that you are busy", "…that hiring takes time"
    String.raw`appreciat(?:e|ed)\s+(?:that\s+(?:you|the\s+\p{L}+|they|everyone|things|hiring|this|it|these\s+things|decisions?)(?:['\u2019](?:re|ve|s))?\s+(?:\p{L}+\s+){0,3}?(?:busy|swamped|many|a\s+lot|lots|other|takes?|time|complex|complicated|hectic|full)|how\s+(?:busy|hectic|many))`,
    String.raw`(?:thank(?:s|\s+you)|many\s+thanks)\s+(?:so\s+much\s+|again\s+)?(?:in\s+advance|ahead\s+of\s+time)(?!\s+for\s+(?:your|the)\s+(?:\p{L}+\s+)?(?:consideration|time|opportunity))(?:\s+for\s+[^.!?]{0,60})?`,
  ].join("|"),
  "giu",
);

export function isThanks(text: string): boolean {
  const rest = text.replace(NOT_THANKS, (m) => " ".repeat(m.length));
  return GRATITUDE.test(rest) && !REQUEST.test(text);
}

export function thanksSentence(letter: Letter) {
  return contentSentences(letter).find((s) => isThanks(s.text)) ?? signOffThanks(letter);
}

/** A sign-off that says what it thanks them for ("Thank you for your time and consideration,") thanks them; a bare "Thanks," does not. */
function signOffThanks(letter: Letter) {
  if (letter.signatureBlock === undefined) return undefined;
  return letter.sentences.find((s) => s.block === letter.signatureBlock && /^(?:many\s+)?thank(?:s|\s+you)\s+(?:again\s+|so\s+much\s+|very\s+much\s+){0,3}for\s+\S/iu.test(s.text));
}

const SUGGESTION: Record<string, (l: Letter) => string> = {
  "thank-you": (l) => {
    const role = l.fields.role;
    const about = role ? ` about the ${role}${/\b(?:role|position|job|post)$/i.test(role) ? "" : " position"}` : "";
    return `Thank you for taking the time to meet with me${about}.`;
  },
  "rejection-reply": () => "Thank you for letting me know, and for your time and consideration.",
  acceptance: (l) => `Thank you for the offer${l.fields.company ? ` to join ${l.fields.company}` : ""}.`,
};

export const missingThanks: Rule = {
  code: "missing-thanks",
  kinds: ["thank-you", "rejection-reply", "acceptance"],
  defaultSeverity: "warning",
  description: "The letter thanks the reader for their time, the interview, the opportunity or their consideration.",
  check(letter) {
    if (thanksSentence(letter)) return [];
    const sentence = SUGGESTION[letter.fields.kind!](letter);
    return [{
      code: "missing-thanks",
      message: "Thank them: for their time, the interview, the opportunity or their consideration.",
      ...letter.firstBodyLine,
      fixes: [{ title: `Add "${sentence}"`, edits: insertAfterSalutation(letter, sentence), isPreferred: true }],
    }];
  },
};
