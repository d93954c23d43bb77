import type { Rule } from "../types";
import { contentSentences, insertBeforeSignature } from "./util";

// Forward-looking closings: looking forward, hoping to hear, the next step, staying in touch.
const FORWARD = new RegExp(
  [
    String.raw`look(?:s|ing)?\s+forward`,
    String.raw`(?:hope|hoping|eager|excited|keen|glad|happy|delighted|pleased|ready|await(?:ing)?)\s+(?:to\s+)?(?:hear|hearing|learn|discuss|talk|continue|speak|meet|connect|join|take|move|be\s+part|contribute|work|the\s+next)`,
    String.raw`next\s+(?:steps?|stages?|round|conversation|interview|phase|meeting|move)`,
    String.raw`hear(?:ing)?\s+(?:back|from\s+you|more|about\s+(?:the\s+)?(?:next|your\s+decision|timing))`,
    String.raw`hear(?:ing)?\s+(?:your|the)\s+(?:answer|decision|response|reply|news|thoughts|verdict)`,
    String.raw`(?:wait|waiting|await|awaiting)\s+(?:\p{L}+\s+){0,2}?(?:to\s+hear|for\s+(?:your|the|news|word))`,
    String.raw`await(?:ing)?\s+your`,
    String.raw`(?:let|keep)\s+me\s+(?:know|posted|updated)`,
    String.raw`(?:stay|keep)\s+in\s+touch`,
    String.raw`(?:talk|speak)\s+(?:soon|again)`,
    String.raw`(?:welcome|love|appreciate)\s+the\s+(?:chance|opportunity)\s+to\s+(?:continue|discuss|talk|meet|speak|join|contribute|work)`,
    String.raw`(?:reach\s+out|contact\s+me|get\s+in\s+touch)\s+(?:if|with|should|whenever)`,
    String.raw`if\s+you\s+(?:need|have|would\s+like)\s+any(?:thing)?\s+(?:else|more|further|other|questions|additional)`,
    String.raw`(?:happy|glad)\s+to\s+(?:provide|send|share|answer)`,
    String.raw`(?:update|news|word)\s+(?:on|about)\s+(?:your|the)\s+(?:decision|timeline|hiring|process|next|role|position)|(?:learn|hear|know)\s+(?:about\s+)?(?:your|the\s+team['\u2019]s|the)\s+decision`,
    String.raw`(?:I['\u2019]d|I\s+would|I\s+will|I['\u2019]ll)\s+(?:\p{L}+\s+){0,2}?(?:love|like|welcome|be\s+(?:glad|happy|delighted|thrilled|excited|eager|keen|pleased|honou?red))\s+(?:to|the\s+(?:chance|opportunity))\s+(?!(?:thank|express|say|reiterate|add|mention|note|apologi[sz]e|share\s+my\s+(?:thanks|gratitude)|take\s+(?:a|this)\s+moment)(?![\p{L}]))`,
    String.raw`(?:possibility|prospect|chance|opportunity|idea|thought)\s+of\s+(?:joining|working|contributing|being\s+part|helping|bringing|starting|coming\s+on\s?board)`,
    String.raw`(?:second|third|final|follow-?up|another|next)\s+(?:interview|conversation|call|meeting|chat|round)|come\s+(?:in|back)\s+(?:again|for|to)|talk\s+further|further\s+(?:conversation|discussion|questions)|(?:continue|continuing)\s+(?:the|our)\s+(?:conversation|discussion)`,
    String.raw`(?:available|free)\s+(?:\p{L}+\s+){0,3}?(?:to\s+(?:talk|meet|speak|chat)|for\s+(?:a|another|any|further)|if\s+you|whenever|any\s*time|next\s+week|at\s+your\s+convenience)`,
    String.raw`(?:hope|hoping|trust)\s+(?:that\s+)?(?:we|we['\u2019]ll|to|this\s+is\s+(?:the|just\s+the)\s+(?:start|beginning)|our\s+paths|I['\u2019]ll\s+(?:hear|see|get)|I\s+(?:will|can|get\s+to)\s+(?:hear|see|join|work|meet|speak|talk)|I\s+(?:get|have|receive)\s+(?:the|a|another)\s+(?:chance|opportunity))`,
    String.raw`again\s+soon|(?:soon|shortly)\s+again`,
    String.raw`what(?:['\u2019]s|\s+is|\s+comes)\s+(?:ahead|next)|(?:can|may)\s+(?:always\s+)?be\s+reached|reach\s+me\s+(?:at|by|on|any)|my\s+(?:cell|phone|mobile|number|direct\s+line)\s+is`,
    String.raw`(?:moving|move|going|go)\s+forward|(?:ready|able|eager|excited|available)\s+to\s+(?:start|begin|hit\s+the\s+ground|get\s+started)|(?:watch|look|keep\s+an\s+eye)\s+(?:out\s+)?for\s+your`,
    String.raw`(?:can['\u2019]t|cannot)\s+wait\s+to|(?:hear|talk|speak|meet|connect|chat)\s+(?:\p{L}+\s+){0,3}?(?:soon|shortly|in\s+the\s+coming\s+(?:days|weeks))`,
  ].join("|"),
  "iu",
);

export const missingNextStep: Rule = {
  code: "missing-next-step",
  kinds: ["thank-you"],
  defaultSeverity: "information",
  description: "The thank-you closes by looking forward to the next step or to hearing back.",
  check(letter) {
    if (contentSentences(letter).some((s) => FORWARD.test(s.text))) return [];
    const closing = "I look forward to hearing from you about the next steps.";
    return [{
      code: "missing-next-step",
      message: "Close by looking forward to the next step or to hearing from them.",
      ...letter.firstBodyLine,
      fixes: [{ title: `Add "${closing}"`, edits: insertBeforeSignature(letter, closing), isPreferred: true }],
    }];
  },
};
