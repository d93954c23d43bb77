import { NEEDY } from "../phrases/needy";
import type { Letter, Rule, Sentence } from "../types";
import { contentSentences, insertAfterFirstParagraph, joinList } from "./util";

// A fit sentence is a first-person claim (I, my…), about experience, skills or
// qualifications, tied to the role or the team. Each part is a family, not a list of sentences.
const FIRST_PERSON = /(?<![\p{L}])(?:I|I['\u2019](?:m|ve|d|ll)|[Mm]y|[Mm]yself|me)(?![\p{L}])/u;
const ACHIEVED =
  "led|managed|built|grew|ran|run|taught|designed|launched|developed|trained|supervised|coordinated|delivered|cut|increased|reduced|improved|created|implemented|organi[sz]ed|oversaw|overseen|handled|worked|served|held|earned|completed|finished|precepted|mentored|treated|scaled|shipped|won|streamlined|owned|closed|sold|raised|saved|negotiated|automated|migrated|directed|produced|wrote|written|published|volunteered|nursed|cared|coached|tutored|dispatched|scheduled|routed|planned|installed|repaired|maintained|wired|audited|analy[sz]ed|modeled|modelled|researched|assisted|supported|restored|renovated|cooked|prepared|baked|drove|driven|operated|programmed|coded|tested|deployed|trained|guided|facilitated|hired|onboarded|resolved|processed|booked|balanced|reconciled|filed|drafted|litigated|represented|counseled|counselled|advised|photographed|edited|curated|catered|staffed|volunteered|pioneered|rolled\\s+out|set\\s+up|stood\\s+up|took\\s+over|turned\\s+around|worn|juggled|mastered|passed|certified|graduated|studied|majored|interned";
/** "I have heard…", "I've attached…": perfect tenses that are no claim about experience. */
const NOT_EXPERIENCE = String.raw`(?:heard|enjoyed|attached|thought|been|read|seen|noticed|included|sent|received|wanted|admired|followed|loved|liked|appreciated|reviewed|reflected|considered|decided|applied|forwarded|updated|spoken|talked|met|always|never|learned\s+(?:a\s+lot|so\s+much|more|that)|come|gotten|got|had|started|looked|waited|tried|hoped|meant|asked|listed|mentioned|shared|copied|checked|visited|researched|wondered|pondered|signed|scanned|uploaded|enclosed|linked|added|noted|confirmed|arranged|booked\s+(?:a|the|my)\s+(?:flight|train|ticket))`;
/** present-tense work a writer does now: "I supervise eight cashiers" */
const DOING =
  "manage|lead|teach|hold|use|speak|supervise|oversee|handle|coordinate|train|run|serve|treat|build|design|develop|maintain|repair|install|operate|cook|program|mentor|coach|tutor|schedule|dispatch|care\\s+for|work\\s+(?:as|with|in|at|on|for)|own|direct|head|staff|audit|process|sell|analy[sz]e|edit|nurse|deliver|specialize|specialise|volunteer|instruct|counsel|advise|represent|prepare|organi[sz]e|inspect|troubleshoot|fix|drive";
// Nouns of experience count when they are the writer's own: "my background", "I bring the skills".
const OWN = String.raw`(?:my|I\s+(?:have|had|bring|hold|gained|earned|developed|built|completed|got|possess|offer|apply|use|draw\s+on)|I['\u2019]ve(?:\s+got)?|with|having|years\s+of)\s+(?:\p{L}+\s+){0,5}?`;
const EXPERIENCE = new RegExp(
  [
    String.raw`(?:(?<!\d)\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|several|many|a\s+few|a\s+couple\s+of|a\s+decade|decades?)\+?(?:\s*-\s*|\s+)(?:plus\s+)?(?:years?|yrs?|months?|decades?|seasons?|summers?|winters?|semesters?|terms?|shifts?|quarters?|harvests?|campaigns?|cycles?|hours)`,
    String.raw`(?:a|one|two|three|over\s+a|nearly\s+a|almost\s+a|more\s+than\s+a|a\s+full)\s+decade`,
    String.raw`${OWN}(?:experience|background|skills?|skill\s*set|expertise|qualifications?|certifications?|licen[sc]es?|credentials?|degrees?|diploma|training|track\s+record|proficiency|fluency|knowledge|familiarity|career|speciali[sz]ation|master['\u2019]?s|bachelor['\u2019]?s|MBA|PhD|time\s+(?:as|at|in|on|with|running|leading|managing)|years|tenure|stint|work\s+(?:as|at|in|on|with)|strengths?|history)`,
    String.raw`(?<![\p{L}])(?:experienced|qualified|certified|licen[sc]ed|credentialed|skilled|trained|fluent|proficient|bilingual|registered|board-certified|accredited|seasoned|veteran|familiar\s+with|versed\s+in|speciali[sz](?:e|ed|ing)\s+in|comfortable\s+(?:with|juggling|managing|leading|handling|working|running))`,
    String.raw`(?:I|I['\u2019]ve|I\s+have|I\s+had|I\s+also|having|I\s+have\s+also|I['\u2019]ve\s+also|and|then|where\s+I|which\s+I)\s+(?:also\s+|recently\s+|successfully\s+|personally\s+|already\s+|previously\s+|just\s+|once\s+|long\s+|since\s+)?(?:${ACHIEVED})(?![\p{L}])`,
    String.raw`(?:I['\u2019]ve|I\s+have|I\s+had)\s+(?:also\s+|already\s+|personally\s+|recently\s+|successfully\s+)?(?!${NOT_EXPERIENCE}(?![\p{L}]))\p{L}{2,}(?:ed|en|wn|lt|ght|ne|ung|ade|ilt|ught)(?![\p{L}])`,
    String.raw`(?:I['\u2019]ve|I\s+have|I\s+had)\s+been\s+(?:an?|the)\s+`,
    String.raw`I\s+(?:currently\s+|now\s+|still\s+|also\s+|already\s+|regularly\s+|routinely\s+|often\s+|personally\s+)?(?:${DOING})(?![\p{L}])`,
    String.raw`(?:has|have|had)\s+(?:\p{L}+\s+)?(?:given|taught|prepared|shown|equipped|trained|helped|allowed|enabled|made|readied|grounded)\s+me`,
    // a quantified result: "lifted foot traffic by 18%", "cut returns 30 percent"
    String.raw`(?:lifted|raised|increased|cut|reduced|grew|boosted|improved|saved|doubled|tripled|halved|lowered|shortened|sped\s+up)\s+(?:\p{L}+\s+){0,4}?(?:by\s+(?:about\s+|almost\s+|over\s+|nearly\s+)?)?\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent)`,
    String.raw`(?:gave|gives|give|taught|teaches|showed|equipped|prepared|trained)\s+me\s+(?:\p{L}+\s+){0,4}?(?:experience|skills?|grounding|background|training|foundation|practice|exposure|expertise|eye|feel|knack)(?![\p{L}])`,
    String.raw`(?:during|throughout|in|over|from)\s+my\s+(?:\p{L}+\s+)?(?:residency|internship|apprenticeship|training|rotations?|studies|degree|program|placement|career|time|years|tenure|stint|fellowship|practicum|externship|clinicals|work)`,
    String.raw`(?:as|while|when)\s+(?:an?|the)\s+(?:\p{L}+\s+){0,3}?(?:nurse|engineer|teacher|manager|analyst|technician|developer|designer|assistant|specialist|coordinator|supervisor|officer|therapist|librarian|electrician|plumber|accountant|consultant|adjuster|hygienist|tech|dispatcher|driver|lead|director|clerk|cashier|chef|cook|server|representative|agent|associate|paralegal|attorney|lawyer|pharmacist|counselor|counsellor|advisor|adviser|instructor|tutor|aide|administrator|planner|scientist|researcher|writer|editor|mechanic|carpenter|welder|operator|owner|founder|volunteer|intern|student|captain|foreman|superintendent|principal|recruiter|buyer|merchandiser|stylist|photographer|veterinarian|paramedic|EMT|medic|caregiver|steward)`,
    String.raw`(?:in|at|during|from)\s+my\s+(?:current|previous|last|former|prior|most\s+recent|past|old|first)\s+(?:\p{L}+\s+)?(?:role|job|position|post|employer|company|team|work|practice|clinic|school|firm|store|shop|internship|placement|residency)`,
    String.raw`my\s+(?:current|previous|last|former|prior|most\s+recent|past)\s+(?:\p{L}+\s+)?(?:role|job|position|employer|company|team|manager|boss|supervisor|clients?)`,
  ].join("|"),
  "iu",
);
const TIE = /(?<![\p{L}])(?:role|position|job|opening|post|team|department|unit|clinic|practice|company|organi[sz]ation|firm|school|district|program|classroom|shop|store|branch|lab|office|kitchen|site|floor|crew|fleet|routes?|patients|students|clients|customers|you\s+(?:described|mentioned|outlined|need|want|asked|are\s+(?:looking|hiring|building|planning))|your\s+\p{L}+|fit|fits|match(?:es)?|align\w*|line\s+up|lines\s+up|maps?\s+(?:closely\s+|well\s+|directly\s+|neatly\s+)?(?:on)?to|suited|prepared|ready|equipped|bring|contribute|help|step\s+into|hit\s+the\s+ground|wheelhouse|relevant|transfer\w*|translate|apply|valuable|asset|strong\s+candidate|confident|well[\s-]placed|here|exactly|similar|same|just\s+like|kind\s+of\s+work|calls?\s+for|requires?|day\s+one|first\s+(?:day|week|month))(?![\p{L}])/iu;

// Evidence strong enough to stand without a tie: a length of time in the work, the writer's
// own experience or skills, a credential held ("I'm a certified welder", "I hold a CDL").
const STRONG = new RegExp(
  [
    String.raw`(?:(?<!\d)\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|many|a\s+few|a\s+couple\s+of)\+?(?:\s*-\s*|\s+)(?:plus\s+)?(?:years?|yrs?|decades?|seasons?|summers?)\s+(?:of|as|in|on|at|with|working|running|leading|managing|teaching|doing|coaching|building|on\s+the)`,
    String.raw`(?:for|over|spent|across|than|past|last)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|many|a\s+few)\+?\s+(?:years?|decades?|seasons?|summers?)`,
    String.raw`(?:a|over\s+a|nearly\s+a|more\s+than\s+a)\s+decade\s+(?:of|as|in)`,
    String.raw`(?<![\p{L}])my\s+(?:\p{L}+\s+){0,4}?(?:experience|background|skills?|skill\s*set|expertise|qualifications?|credentials?|certifications?|licen[sc]e|training)(?![\p{L}])`,
    String.raw`(?:I['\u2019]m|I\s+am)\s+(?:a|an)\s+(?:\p{L}+\s+)?(?:certified|licen[sc]ed|registered|board-certified|credentialed|qualified|trained|experienced|seasoned|veteran|bilingual|journeyman|master)\s`,
    String.raw`I\s+(?:hold|have\s+held|earned|completed)\s+(?:a|an|the|my)\s+`,
  ].join("|"),
  "iu",
);

const OTHERS = /(?<![\p{L}])(?:you|your|you['\u2019](?:ve|re)|their|they|his|her|he|she|its|team['\u2019]s)\s+(?:\p{L}+\s+){0,2}$/iu;

const STRONG_ALL = new RegExp(STRONG.source, "giu");
const EXPERIENCE_ALL = new RegExp(EXPERIENCE.source, "giu");

/** A match that is about the writer: "your five years of work", "you spent a decade" are someone else's. */
function ownMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!OTHERS.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
    pattern.lastIndex = m.index + 1;
  }
  return false;
}

// "I'm not sure I have enough field experience", "I don't have a degree": doubts, not claims.
const LACKING = /(?:don['\u2019]t|do\s+not|didn['\u2019]t|never|haven['\u2019]t|hasn['\u2019]t|lack|without|not\s+sure|no|little)\s+(?:\p{L}+\s+){0,3}?(?:experience|background|skills|training|qualifications|degree|license|licence|certification)(?![\p{L}])/iu;
const SELF_DOUBT = NEEDY.filter((f) => f.id === "self-doubt").map((f) => new RegExp(f.pattern.source, "iu"));
/** Where the last doubt in a sentence ends, or -1 when there is none. */
function doubtEnd(text: string): number {
  let end = -1;
  for (const re of [LACKING, ...SELF_DOUBT]) {
    const m = re.exec(text);
    if (m) end = Math.max(end, m.index + m[0].length);
  }
  return end;
}

const CONTRAST = /(?:,\s*|;\s*|\s)(?:but|yet|still|however|though)\s|;\s/iu;

/** "I'm probably not experienced enough for this, but I ran…": after a doubt, only a contrasting clause can claim fit. */
function claimAfterDoubt(text: string): string | undefined {
  const end = doubtEnd(text);
  if (end < 0) return text;
  const m = CONTRAST.exec(text.slice(end));
  return m ? text.slice(end + m.index + m[0].length) : undefined;
}

const words = (s: string) => s.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}%]+/gu) ?? [];

/** Whether a sentence mentions a highlight: the phrase itself, or most of its words. */
export function mentionsHighlight(sentence: Sentence, highlight: string): boolean {
  const want = words(highlight).filter((w) => w.length > 2 || /\d/.test(w));
  if (want.length === 0) return false;
  const have = new Set(words(sentence.text));
  const found = want.filter((w) => have.has(w) || (w.length > 4 && [...have].some((h) => h.startsWith(w.slice(0, -1)))));
  return found.length / want.length >= 0.6;
}

/** `spoken`: the writer is the speaker even without an I ("What I would bring:" followed by list items). */
export function isFitSentence(s: Sentence, spoken = false): boolean {
  const text = claimAfterDoubt(s.text);
  if (text === undefined || (text !== s.text && doubtEnd(text) >= 0)) return false;
  if (!spoken && !FIRST_PERSON.test(text)) return false;
  if (spoken) return EXPERIENCE.test(text) || STRONG.test(text);
  return ownMatch(STRONG_ALL, text) || (ownMatch(EXPERIENCE_ALL, text) && TIE.test(text));
}

/** A claim and its tie split over two sentences: "I have built LOD pipelines for two titles. I would bring that to your team." */
function claimThenTie(first: Sentence, next: Sentence | undefined): boolean {
  if (!next || next.block !== first.block || !FIRST_PERSON.test(first.text) || !ownMatch(EXPERIENCE_ALL, first.text)) return false;
  if (claimAfterDoubt(first.text) !== first.text || claimAfterDoubt(next.text) !== next.text) return false;
  return TIE.test(next.text);
}

/** List items under a first-person lead-in that ends with a colon ("A few things I would bring:"). */
function listsIntroducedByTheWriter(letter: Letter): Set<number> {
  const out = new Set<number>();
  let lead = false;
  letter.blocks.forEach((b, i) => {
    if (b.type === "listItem") {
      if (lead) out.add(i);
    } else lead = /:\s*$/.test(b.text) && FIRST_PERSON.test(b.text);
  });
  return out;
}

const DESCRIBES = /^(?:fluent|certified|licen[sc]ed|bilingual|trilingual|trained|experienced|skilled|proficient|familiar|comfortable|registered|board-certified|qualified|able|available|eligible|authori[sz]ed|cleared)\b/i;
const DID = /^(?:\p{L}+ed|led|built|ran|grew|taught|won|wrote|made|cut|held|kept|shipped|brought|sold|set\s+up|took|drove|spent|oversaw|rebuilt|launched)\b/iu;

/**
 * A sentence restating the highlights in the writer's voice, whatever their shape:
 * "8 years of ICU nursing" (I would bring…), "led a 12-bed unit" (I have…), "fluent in Spanish" (I am…).
 */
export function fitParagraph(letter: Letter): string | undefined {
  const { highlights, role } = letter.fields;
  if (highlights.length === 0) return undefined;
  const items = highlights.slice(0, 3).map((h) => h.trim().replace(/[.;]+$/, "")).map((h) => (/^\p{Lu}\p{Ll}/u.test(h) ? h[0].toLowerCase() + h.slice(1) : h));
  const things = items.filter((h) => !DESCRIBES.test(h) && !DID.test(h));
  const done = items.filter((h) => DID.test(h) && !DESCRIBES.test(h));
  const traits = items.filter((h) => DESCRIBES.test(h));
  const target = role ? `the ${role}${/\b(?:role|position|job|post)$/i.test(role) ? "" : " role"}` : "this role";
  const clauses: string[] = [];
  if (things.length) clauses.push(`I would bring ${joinList(things)} to ${target}`);
  if (done.length) clauses.push(`I have ${joinList(done)}`);
  if (traits.length) clauses.push(`I am ${joinList(traits)}`);
  if (!things.length) clauses.push(`I am confident I would do well in ${target}`);
  return `${joinList(clauses)}.`;
}

export const missingFit: Rule = {
  code: "missing-fit",
  kinds: ["thank-you"],
  defaultSeverity: "warning",
  description: "The thank-you restates why the writer fits the role.",
  check(letter) {
    const sentences = contentSentences(letter);
    const spoken = listsIntroducedByTheWriter(letter);
    if (sentences.some((s) => isFitSentence(s, spoken.has(s.block)) || letter.fields.highlights.some((h) => mentionsHighlight(s, h)))) return [];
    if (sentences.some((s, i) => claimThenTie(s, sentences[i + 1]))) return [];
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
