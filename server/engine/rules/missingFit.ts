import type { Letter, Rule, Sentence } from "../types";
import { contentSentences, insertAfterFirstParagraph, joinList } from "./util";

// A fit sentence is a first-person claim (I, my…), about experience, skills or
// qualifications, tied to the role or the team. Each part is a family, not a list of sentences.
const FIRST_PERSON = /(?<![\p{L}])(?:I|I['\u2019](?:m|ve|d|ll)|[Mm]y|[Mm]yself)(?![\p{L}])/u;
const EXPERIENCE = new RegExp(
  [
    String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|a\s+few|a\s+decade|decades?)\+?(?:\s*-\s*|\s+)(?:plus\s+)?(?:years?|yrs?|months?|decades?|seasons?|summers?)`,
    String.raw`(?<!(?:your|their|its|the team['\u2019]s)\s)(?:experience[ds]?|background|skill(?:s|ed|set)?|expertise|qualifications?|qualified|certifi\w+|licen[sc]\w*|credential\w*|degree|diploma|training|trained|track\s+record|proficien\w+|fluen\w+|knowledge|familiar\w*|portfolio|career|speciali[sz]\w+|master['\u2019]?s|bachelor['\u2019]?s|MBA|PhD)`,
    String.raw`(?:I|I['\u2019]ve|I\s+have|I\s+had)\s+(?:also\s+|recently\s+|successfully\s+|personally\s+)?(?:led|managed|built|grew|ran|taught|designed|launched|developed|trained|supervised|coordinated|delivered|cut|increased|reduced|improved|created|implemented|organi[sz]ed|oversaw|handled|spent|worked|served|held|earned|completed|precepted|mentored|treated|scaled|shipped|won|streamlined|owned|closed|sold|raised|saved|negotiated|automated|migrated|directed|produced|wrote|published|volunteered|nursed|cared|coached|taught)`,
    String.raw`[Aa]s\s+an?\s+(?:\w+\s+){0,3}(?:nurse|engineer|teacher|manager|analyst|technician|developer|designer|assistant|specialist|coordinator|supervisor|officer|therapist|librarian|electrician|plumber|accountant|consultant|adjuster|hygienist|tech)`,
  ].join("|"),
  "iu",
);
const TIE = /(?<![\p{L}])(?:role|position|job|opening|post|team|department|unit|clinic|practice|company|organi[sz]ation|firm|school|district|program|classroom|shop|store|branch|lab|you\s+(?:described|mentioned|outlined|need|are\s+(?:looking|hiring|building))|your\s+\p{L}+|fit|fits|match(?:es)?|align\w*|line\s+up|lines\s+up|suited|prepared|ready|equipped|bring|contribute|help|step\s+into|hit\s+the\s+ground|wheelhouse|relevant|transfer\w*|translate|apply|valuable|asset|strong\s+candidate|confident|well[\s-]placed|here)(?![\p{L}])/iu;

const words = (s: string) => s.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}%]+/gu) ?? [];

/** Whether a sentence mentions a highlight: the phrase itself, or most of its words. */
export function mentionsHighlight(sentence: Sentence, highlight: string): boolean {
  const want = words(highlight).filter((w) => w.length > 2 || /\d/.test(w));
  if (want.length === 0) return false;
  const have = new Set(words(sentence.text));
  const found = want.filter((w) => have.has(w) || (w.length > 4 && [...have].some((h) => h.startsWith(w.slice(0, -1)))));
  return found.length / want.length >= 0.6;
}

export function isFitSentence(s: Sentence): boolean {
  return FIRST_PERSON.test(s.text) && EXPERIENCE.test(s.text) && TIE.test(s.text);
}

function fitParagraph(letter: Letter): string | undefined {
  const { highlights, role } = letter.fields;
  if (highlights.length === 0) return undefined;
  return `My ${joinList(highlights.slice(0, 3))} ${highlights.length > 1 ? "have" : "has"} prepared me well for the ${role ?? "role"}${role && /\b(role|position)$/i.test(role) ? "" : " role"}.`;
}

export const missingFit: Rule = {
  code: "missing-fit",
  kinds: ["thank-you"],
  defaultSeverity: "warning",
  description: "The thank-you restates why the writer fits the role.",
  check(letter) {
    const sentences = contentSentences(letter);
    if (sentences.some((s) => isFitSentence(s) || letter.fields.highlights.some((h) => mentionsHighlight(s, h)))) return [];
    const paragraph = fitParagraph(letter);
    return [{
      code: "missing-fit",
      message: letter.fields.highlights.length
        ? `Say why you fit the role: restate ${joinList(letter.fields.highlights.map((h) => `"${h}"`))}.`
        : "Say why you fit the role: tie your experience or skills to what they need.",
      ...letter.firstBodyLine,
      fixes: paragraph ? [{ title: "Add a paragraph restating your highlights", edits: insertAfterFirstParagraph(letter, paragraph), isPreferred: true }] : undefined,
    }];
  },
};
