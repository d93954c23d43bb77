import type { Rule } from "../types";
import { contentSentences, insertBeforeSignature } from "./util";

// Asking for feedback: a feedback word (feedback, advice, where I fell short, how I could
// improve…) in a request (a question, would/could, I'd value…), not a thanks for feedback.
const FEEDBACK = new RegExp(
  [
    String.raw`feedback|advice|suggestions?|insights?|pointers|tips|critique|constructive|impressions`,
    String.raw`areas?\s+(?:where|in\s+which|for|of|to)\s+(?:I\s+)?(?:could\s+|can\s+|might\s+|should\s+)?(?:improve|grow|strengthen|develop|work\s+on)`,
    String.raw`where\s+(?:I|my\s+\p{L}+)\s+(?:fell|came\s+up|could\s+have\s+been|was)\s+short`,
    String.raw`how\s+I\s+(?:could|might|can|should)\s+(?:improve|strengthen|grow|do\s+better|become\s+a\s+stronger|be\s+a\s+stronger)`,
    String.raw`what\s+I\s+(?:could|might|can|should)\s+(?:have\s+done|do)\s+(?:better|differently)`,
    String.raw`(?:strengthen|improve)\s+my\s+(?:application|candidacy|interview|chances)`,
  ].join("|"),
  "iu",
);
const ASKING = /\?|(?<![\p{L}])(?:would|could|can|may|might|please|welcome|appreciate|value|grateful|love|glad|open\s+to|willing|if\s+you\s+(?:have|had|get|could|can|are)|any)(?![\p{L}])/iu;
const THANKED_FOR = /thank(?:s|\s+you)\s+(?:\p{L}+\s+){0,3}for\s+(?:your|the|all\s+the)\s+(?:\p{L}+\s+)?feedback/iu;

export const missingFeedbackRequest: Rule = {
  code: "missing-feedback-request",
  kinds: ["rejection-reply"],
  defaultSeverity: "information",
  description: "The rejection reply asks for feedback.",
  check(letter) {
    if (contentSentences(letter).some((s) => FEEDBACK.test(s.text) && ASKING.test(s.text) && !THANKED_FOR.test(s.text))) return [];
    const request = "If you have a moment, I would welcome any feedback on my interview or application.";
    return [{
      code: "missing-feedback-request",
      message: "Ask for feedback: which areas could you improve? It shows you want to grow and keeps the door open.",
      ...letter.firstBodyLine,
      fixes: [{ title: "Add a feedback request", edits: insertBeforeSignature(letter, request), isPreferred: true }],
    }];
  },
};
