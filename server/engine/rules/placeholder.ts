import type { Rule } from "../types";
import { findInProse } from "./util";

// Unfilled template text. Real HTML tags, task-list boxes and footnotes are not placeholders;
// link brackets never reach here (they are blanked as markup).
const HTML_TAGS = "a|b|i|u|s|p|em|strong|br|hr|span|div|sup|sub|small|mark|img|del|ins|code|kbd|abbr|cite|q|wbr|li|ul|ol|table|tr|td|th|center|font|blockquote|pre|h[1-6]";
const PLACEHOLDER = new RegExp(
  [
    String.raw`\[(?![ xX]\]|\^|sic\])[^\[\]\n]{1,60}\]`,
    String.raw`<(?!/?(?:${HTML_TAGS})\b)[\p{L}_][^<>\n]{0,60}>`,
    String.raw`\{\{[^{}\n]{0,60}\}\}`,
    String.raw`\$\{\d+(?::[^}\n]{0,60})?\}|\$\{[A-Z_]+\}|\$\d\b`,
    String.raw`(?<![\p{L}])(?:TODO|TBD|FIXME|XX+|Lorem ipsum)(?![\p{L}])`,
    String.raw`_{3,}`,
    String.raw`\((?:insert\s+[^()\n]{1,30}|(?:your|their|the|company|hiring\s+manager['\u2019]?s?|interviewer['\u2019]?s?|recipient['\u2019]?s?|first|last|full|job|position)\s+(?:name|title|role|company|date|address|e-?mail|phone(?:\s+number)?)|company|name|date|role|position|job\s+title)\)`,
    String.raw`(?<![\p{L}$])\{[A-Za-z_][\w ]{0,30}\}`,
    String.raw`\$[A-Z][A-Z_]{2,}(?![\p{L}])|%[A-Z_]{3,}%|(?<![\p{L}])[A-Z]{2,}_[A-Z_]{2,}(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:MM|DD)[/.-](?:DD|MM)[/.-](?:YYYY|YY)(?![\p{L}])`,
  ].join("|"),
  "gu",
);

export const placeholder: Rule = {
  code: "placeholder",
  kinds: "all",
  defaultSeverity: "error",
  description: "No template text is left unfilled.",
  check(letter) {
    return findInProse(letter, PLACEHOLDER).map((m) => ({
      code: "placeholder" as const,
      message: `Fill in "${m.text}" before you send this.`,
      start: m.start,
      end: m.end,
    }));
  },
};
