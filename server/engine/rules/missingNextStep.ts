import type { Rule } from "../types";
import { contentSentences, insertBeforeSignature } from "./util";

// Forward-looking closings: looking forward, hoping to hear, the next step, staying in touch.
const FORWARD = new RegExp(
  [
    String.raw`look(?:s|ing)?\s+forward`,
    String.raw`(?:hope|hoping|eager|excited|keen|glad|happy|delighted|pleased|ready|await(?:ing)?)\s+(?:to\s+)?(?:hear|hearing|learn|discuss|talk|continue|speak|meet|connect|join|take|move|be\s+part|contribute|work|the\s+next)`,
    String.raw`next\s+(?:steps?|stages?|round|conversation|interview|phase|meeting|move)`,
    String.raw`hear(?:ing)?\s+(?:back|from\s+you|more|about\s+(?:the\s+)?(?:next|your\s+decision|timing))`,
    String.raw`await(?:ing)?\s+your`,
    String.raw`(?:let|keep)\s+me\s+(?:know|posted|updated)`,
    String.raw`(?:stay|keep)\s+in\s+touch`,
    String.raw`(?:talk|speak)\s+(?:soon|again)`,
    String.raw`(?:welcome|love|appreciate)\s+the\s+(?:chance|opportunity)\s+to\s+(?:continue|discuss|talk|meet|speak|join|contribute|work)`,
    String.raw`(?:reach\s+out|contact\s+me|get\s+in\s+touch)\s+(?:if|with|should|whenever)`,
    String.raw`if\s+you\s+(?:need|have|would\s+like)\s+any(?:thing)?\s+(?:else|more|further|other|questions|additional)`,
    String.raw`(?:happy|glad)\s+to\s+(?:provide|send|share|answer)`,
    String.raw`(?:your|the)\s+(?:decision|timeline|hiring\s+timeline)`,
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
