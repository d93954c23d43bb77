import type { Fix, Rule } from "../types";

// Titles and honorifics are not part of who is greeted ("Dr. Moreno" greets Alicia Moreno).
const TITLES = new Set(
  "dr dr. doctor mr mr. mrs mrs. ms ms. miss mx mx. prof prof. professor sr sr. sra sra. srta srta. mme mme. mlle m. herr frau dame sir madam rev rev. fr fr. coach chef dean judge captain capt capt. officer nurse pastor".split(" "),
);
// Greetings to a group or a role are not names.
const GENERIC = /^(?:all|everyone|team|(?:the\s+)?(?:hiring|search|selection|interview)\s+(?:manager|team|committee|panel)s?|hiring\s+managers?|recruit(?:er|ing\s+team)|sir\s+or\s+madam|to\s+whom.*|colleagues|folks|friends|there|again|both|y['\u2019]all|you\s+both|the\s+\p{L}+\s+team|\p{L}+\s+team)$/iu;

const norm = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/\u2019/g, "'").toLowerCase();

// Short forms people greet each other by. A greeting by a short form that starts the full
// name ("Chris" for Christopher, "Sam" for Samuel) is accepted without a list.
const NICKNAMES: Record<string, string[]> = {
  robert: ["bob", "bobby", "rob", "robbie", "bert"], william: ["bill", "billy", "will", "liam"], richard: ["dick", "rick", "rich", "richie"],
  elizabeth: ["liz", "beth", "betty", "eliza", "lizzie", "libby", "betsy"], margaret: ["maggie", "meg", "peggy", "marge", "greta"],
  michael: ["mike", "mikey", "mick"], james: ["jim", "jimmy", "jamie"], john: ["jack", "johnny"], jonathan: ["jon", "jonny"],
  katherine: ["kate", "katie", "kathy", "kat", "kay"], catherine: ["cathy", "cat", "kate", "katie"], kathleen: ["kathy", "kate"],
  jennifer: ["jen", "jenny"], rebecca: ["becky", "becca"], patricia: ["pat", "patty", "trish", "tricia"], patrick: ["pat", "paddy"],
  anthony: ["tony"], joseph: ["joe", "joey"], thomas: ["tom", "tommy"], daniel: ["dan", "danny"], david: ["dave", "davey"],
  matthew: ["matt"], nicholas: ["nick", "nicky"], steven: ["steve"], stephen: ["steve"], benjamin: ["ben", "benny"],
  edward: ["ed", "eddie", "ted", "ned"], charles: ["charlie", "chuck", "chas"], susan: ["sue", "suzy"], deborah: ["deb", "debbie"],
  christine: ["chris", "tina"], christina: ["chris", "tina"], victoria: ["vicky", "tori"], alexander: ["alex", "sasha", "xander"],
  alexandra: ["alex", "sasha", "lexi"], samantha: ["sam", "sammy"], samuel: ["sam", "sammy"], andrew: ["andy", "drew"],
  gregory: ["greg"], jeffrey: ["jeff"], lawrence: ["larry"], raymond: ["ray"], ronald: ["ron", "ronnie"], donald: ["don"],
  kimberly: ["kim"], pamela: ["pam"], theodore: ["ted", "teddy", "theo"], francis: ["frank"], frances: ["fran", "frankie"],
  abigail: ["abby", "gail"], josephine: ["jo", "josie"], dorothy: ["dot", "dottie"], henry: ["hank", "harry"], harold: ["hal", "harry"],
  jacqueline: ["jackie"], allison: ["allie", "ally"], gabriel: ["gabe"], gabriela: ["gaby"], gabriella: ["gaby"], zachary: ["zach", "zack"],
  francisco: ["paco", "pancho", "frank"], jose: ["pepe"], guillermo: ["memo", "billy"], alejandro: ["alex", "ale"], eduardo: ["lalo", "eddie"],
};

/** Whether two first-name tokens name the same person: equal, a short form of the other, or a known nickname. */
function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return true;
  return (NICKNAMES[a]?.includes(b) ?? false) || (NICKNAMES[b]?.includes(a) ?? false);
}
const nameTokens = (name: string) =>
  name.split(/[\s,]+/).map((t) => t.replace(/[^\p{L}\p{M}'\u2019.-]/gu, "")).filter((t) => t && !TITLES.has(norm(t)) && !TITLES.has(norm(t) + "."));

/** The people greeted: "Priya and Sam", "Dr. Cole, Mr. Ruiz", "Ms. Park & team". */
export function greetedPeople(name: string): string[] {
  return name.split(/\s*(?:,|&|\band\b|\by\b|\bet\b|\+)\s*/iu).map((p) => p.trim()).filter((p) => p && !GENERIC.test(p));
}

function greets(person: string, interviewers: string[]): boolean {
  const tokens = nameTokens(person).map(norm);
  if (tokens.length === 0) return true;
  return interviewers.some((full) => {
    const theirs = new Set(nameTokens(full).map(norm));
    const first = nameTokens(full).map(norm)[0];
    return tokens.every(
      (t, i) =>
        theirs.has(t) ||
        (i === 0 && first !== undefined && tokens.length < theirs.size + 1 && sameFirstName(t, first)) ||
        (t.length === 2 && t.endsWith(".") && [...theirs].some((x) => x[0] === t[0])) ||
        (t.length === 1 && [...theirs].some((x) => x[0] === t)),
    );
  });
}

/** The interviewer's name in the same form as the greeting: title + surname, or first name. */
function replacementFor(greeted: string, interviewer: string): string {
  const mine = greeted.split(/\s+/);
  const title = mine.length > 1 && TITLES.has(norm(mine[0])) ? mine[0] : "";
  const theirTokens = interviewer.split(/\s+/);
  const theirTitle = theirTokens.length > 1 && TITLES.has(norm(theirTokens[0])) ? theirTokens[0] : "";
  const parts = nameTokens(interviewer);
  if (parts.length === 0) return interviewer;
  if (title) return `${title} ${parts[parts.length - 1]}`;
  if (nameTokens(greeted).length >= 2) return `${theirTitle ? theirTitle + " " : ""}${parts.join(" ")}`;
  return theirTitle && parts.length === 1 ? `${theirTitle} ${parts[0]}` : parts[0];
}

export const nameMismatch: Rule = {
  code: "name-mismatch",
  kinds: "all",
  defaultSeverity: "warning",
  description: "The salutation greets one of the interviewers.",
  check(letter) {
    const sal = letter.salutation;
    const interviewers = letter.fields.interviewer;
    if (!sal || interviewers.length === 0 || !sal.name || /[<>[\]{}$]|TODO|XXX/.test(sal.name)) return [];
    const wrong = greetedPeople(sal.name).filter((p) => !greets(p, interviewers));
    // The name was read from the prose, where comments and markup are blanked: search there.
    const block = letter.blocks[0];
    return wrong.flatMap((person) => {
      const local = block.text.indexOf(person, sal.nameSpan.start - block.start);
      if (local < 0) return [];
      const at = block.start + local;
      const span = { start: at, end: at + person.length };
      const fixes: Fix[] = interviewers.map((who, i) => {
        const newText = replacementFor(person, who);
        return { title: `Greet ${newText}`, edits: [{ ...span, newText }], isPreferred: interviewers.length === 1 && i === 0 };
      });
      return {
        code: "name-mismatch" as const,
        message: `"${person}" is not ${interviewers.length > 1 ? "one of the interviewers" : "the interviewer"} (${interviewers.join(", ")}). Check the name: a wrong name is the first thing they will notice.`,
        ...span,
        fixes,
      };
    });
  },
};
