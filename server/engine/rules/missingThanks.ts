import type { Letter, Rule } from "../types";
import { contentSentences, insertAfterSalutation } from "./util";

// Gratitude in its usual forms; "I would appreciate…" asks for something, it does not thank.
const GRATITUDE = /(?<![\p{L}])(?:thank(?:s|ing|ful)?|grateful|gratitude|appreciat(?:e|ed|es|ing|ion|ive)|many\s+thanks|much\s+obliged|indebted)(?![\p{L}])/iu;
const REQUEST = /(?:would|could|['\u2019]d)\s+(?:really\s+|greatly\s+|truly\s+)?(?:be\s+)?(?:appreciate|grateful|thankful)|appreciate\s+it\s+if|grateful\s+if/iu;

export function thanksSentence(letter: Letter) {
  return contentSentences(letter).find((s) => GRATITUDE.test(s.text) && !REQUEST.test(s.text));
}

const SUGGESTION: Record<string, (l: Letter) => string> = {
  "thank-you": (l) => `Thank you for taking the time to meet with me${l.fields.role ? ` about the ${l.fields.role} position` : ""}.`,
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
