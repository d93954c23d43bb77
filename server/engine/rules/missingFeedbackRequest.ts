import type { Letter, Rule, Sentence } from "../types";
import { contentSentences, insertBeforeSignature } from "./util";

// Asking for feedback: a feedback word (feedback, advice, where I fell short, how I could
// improve…) in a request (a question, would/could, I'd value…), not a thanks for feedback.
const FEEDBACK = new RegExp(
  [
    String.raw`feedback|advice|suggestions?|insights?|pointers|tips|critique|constructive|impressions|assessment|evaluation|input|perspective|observations|guidance|thoughts\s+(?:\p{L}+\s+){0,3}?on\s+(?:my|how|where|what)|(?<![\p{L}])(?:could|might|should|can)\s+I\s+(?:have\s+)?(?:done|do|improve|prepare|strengthen|work\s+on|been|handled|approached)|comments\s+on\s+my|notes\s+on\s+my|(?:room|areas?)\s+for\s+(?:improvement|growth)`,
    String.raw`areas?\s+(?:where|in\s+which|for|of|to|that)\s+(?:I\s+)?(?:could\s+|can\s+|might\s+|should\s+|need\s+to\s+)?(?:have\s+)?(?:improve|grow|strengthen|develop|work\s+on|been\s+(?:a\s+)?stronger|do\s+better|focus)`,
    String.raw`(?<![\p{L}])where\s+(?:I|my\s+\p{L}+)\s+(?:fell|came\s+up|could\s+have\s+been|was|were)\s+(?:short|weak|lacking)`,
    String.raw`(?<![\p{L}])I\s+(?:could|might|can|should|need\s+to|ought\s+to)\s+(?:have\s+)?(?:\p{L}+\s+){0,2}?(?:improve|strengthen|grow|develop|work\s+on|focus\s+on|brush\s+up|do\s+better|be\s+better|prepare\s+better|done\s+(?:\p{L}+\s+)?(?:better|differently)|do\s+(?:\p{L}+\s+)?differently|been\s+(?:a\s+)?stronger|handled\s+(?:\p{L}+\s+){0,2}?(?:better|differently))`,
    String.raw`(?:make|made)\s+me\s+(?:a\s+)?(?:stronger|better|more\s+competitive)|stronger\s+(?:candidate|applicant|application|contender)`,
    String.raw`(?:strengthen|improve)\s+my\s+(?:application|candidacy|interview|chances|skills|résumé|resume|portfolio)`,
    String.raw`(?:which|what)\s+parts?\s+(?:of\s+my\s+\p{L}+\s+)?(?:were|was|fell|could|might|need)|least\s+(?:convincing|strong|effective|clear)|(?:sharpen|polish|strengthen|improve|work\s+on|brush\s+up)\s+(?:them|it|those|that|these|my)`,
    String.raw`whether\s+my\s+(?:\p{L}+\s+){1,3}?(?:was|were)\s+(?:a|an|the)\s+(?:\p{L}+\s+)?(?:problem|issue|concern|factor|weakness|obstacle|drawback)`,
    String.raw`weak(?:ness(?:es)?|\s+(?:points?|spots?|areas?))|shortcomings|gaps?\s+in\s+my|what\s+(?:tipped|swayed|decided|set\s+(?:\p{L}+\s+){1,3}apart|made\s+the\s+difference|held\s+me\s+back)|why\s+I\s+(?:was\s+not|wasn['\u2019]t|didn['\u2019]t)\s+(?:selected|chosen|successful|get)`,
  ].join("|"),
  "iu",
);
const ASKING = /\?|(?<![\p{L}])(?:would|could|can|may|might|please|welcome|appreciate|value|grateful|love|glad|open\s+to|willing|let\s+me\s+know|point\s+me|tell\s+me|share|knowing|hear|learn|if\s+you\s+(?:have|had|get|could|can|are)|any)(?![\p{L}])/iu;
const THANKED_FOR = /thank(?:s|\s+you)\s+(?:\p{L}+\s+){0,3}for\s+(?:your|the|all\s+the)\s+(?:\p{L}+\s+)?feedback/iu;

/** A feedback word in a request: the request must lie outside the feedback words ("I can improve" asks nothing). */
export function asksForFeedback(s: Sentence): boolean {
  const m = FEEDBACK.exec(s.text);
  if (!m || THANKED_FOR.test(s.text)) return false;
  return ASKING.test(`${s.text.slice(0, m.index)} ${s.text.slice(m.index + m[0].length)}`);
}

/** "Could you tell me:" followed by list items ("which part of my profile fell short"): the lead-in asks, the items say what. */
function askedInList(letter: Letter): boolean {
  let lead: string | undefined;
  for (const b of letter.blocks) {
    if (b.type !== "listItem") {
      lead = /:\s*$/.test(b.text) ? b.text : undefined;
      continue;
    }
    if (lead && asksForFeedback({ text: `${lead.replace(/:\s*$/, "")} ${b.text}`, start: b.start, end: b.end, block: 0 })) return true;
  }
  return false;
}

export const missingFeedbackRequest: Rule = {
  code: "missing-feedback-request",
  kinds: ["rejection-reply"],
  defaultSeverity: "information",
  description: "The rejection reply asks for feedback.",
  check(letter) {
    if (contentSentences(letter).some(asksForFeedback)) return [];
    if (askedInList(letter)) return [];
    const request = "If you have a moment, I would welcome any feedback on my interview or application.";
    return [{
      code: "missing-feedback-request",
      message: "Ask for feedback: which areas could you improve? It shows you want to grow and keeps the door open.",
      ...letter.firstBodyLine,
      fixes: [{ title: "Add a feedback request", edits: insertBeforeSignature(letter, request), isPreferred: true }],
    }];
  },
};
