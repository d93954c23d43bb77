import type { Rule, TextEdit } from "../types";

const REFERENCES = /(?<![\p{L}])(?:references?|referees?|recommendations?|recommendation\s+letters?|letters?\s+of\s+(?:recommendation|reference)|reference\s+letters?|testimonials?|endorsements?|(?:letter|note|email)\s+from\s+(?:my\s+)?(?:former\s+|previous\s+|current\s+|last\s+)?(?:supervisor|manager|boss|employer|professor|teacher|mentor|director|principal|pastor|colleague))(?![\p{L}])/iu;

export const unneededAttachments: Rule = {
  code: "unneeded-attachments",
  kinds: "all",
  defaultSeverity: "warning",
  description: "References and recommendation letters go along only when they answer a concern.",
  check(letter) {
    const entry = letter.frontMatter.get("attachments");
    if (!entry || letter.fields.concern) return [];
    const items = entry.items ?? (typeof entry.value === "string" ? [{ value: entry.value, span: entry.valueSpan }] : []);
    const flagged = items.filter((i) => typeof i.value === "string" && REFERENCES.test(i.value));
    if (flagged.length === 0) return [];
    const allBlock = flagged.every((i) => i.lineSpan);
    const removeAll = flagged.length === items.length;
    const edits: TextEdit[] = removeAll
      ? [{ start: lineStart(letter.text, entry.keySpan.start), end: lineEnd(letter.text, Math.max(entry.valueSpan.end - 1, entry.keySpan.end)), newText: "" }]
      : allBlock ? flagged.map((i) => ({ start: lineStart(letter.text, i.lineSpan!.start), end: lineEnd(letter.text, i.lineSpan!.start), newText: "" })) : [];
    return flagged.map((item) => ({
      code: "unneeded-attachments" as const,
      message: `Leave out "${item.value}" unless it answers a concern (add \`concern:\` saying which): unasked-for references read as needy.`,
      ...item.span,
      fixes: edits.length ? [{ title: flagged.length > 1 ? "Remove the references from the attachments" : `Remove "${item.value}" from the attachments`, edits, isPreferred: true }] : undefined,
    }));
  },
};

function lineStart(text: string, at: number) {
  return text.lastIndexOf("\n", at - 1) + 1;
}
function lineEnd(text: string, at: number) {
  const nl = text.indexOf("\n", at);
  return nl < 0 ? text.length : nl + 1;
}
