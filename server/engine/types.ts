// The engine's data: offsets into the file text (UTF-16 code units), never LSP positions.
import type { LetterKind, RuleCode, Severity } from "../../shared/letters";
import type { FollowupSettings } from "../../shared/settings";

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
}

export interface Finding extends Span {
  code: RuleCode;
  message: string;
  fixes?: Fix[];
}

export interface Diagnostic extends Finding {
  severity: Severity;
}

/** A calendar date, or a date-time resolved to an instant. */
export interface DateValue {
  dateOnly: boolean;
  year: number;
  month: number; // 1-12
  day: number;
  /** The instant: local midnight for a date only. */
  instant: Date;
  /** As written in the file. */
  text: string;
}

/** One front-matter key with the source spans of its key and value. */
export interface FrontMatterEntry {
  key: string;
  keySpan: Span;
  valueSpan: Span;
  value: unknown;
  /** for a list: the span of each item (its whole line where it is a block item) */
  items?: { value: unknown; span: Span; lineSpan?: Span }[];
}

export interface LetterFields {
  kind?: LetterKind;
  company?: string;
  role?: string;
  interviewer: string[];
  interviewed?: DateValue;
  sent?: DateValue;
  promised?: DateValue;
  replied?: DateValue;
  outcome?: "offer" | "rejected" | "withdrawn";
  highlights: string[];
  attachments: string[];
  concern?: string;
  channel: "email" | "handwritten";
}

export type BlockType = "paragraph" | "heading" | "listItem";

/** A run of prose: its source span and the text with non-prose characters blanked to spaces. */
export interface ProseBlock extends Span {
  type: BlockType;
  /** same length as the source slice; markup, code, comments and URLs are spaces */
  text: string;
}

export interface Sentence extends Span {
  /** same length as the source slice, masked like the block */
  text: string;
  block: number;
}

export interface Salutation extends Span {
  greeting: string;
  /** the greeted name(s) as written, and where */
  name: string;
  nameSpan: Span;
}

export interface DisableComment {
  kind: "disable" | "enable" | "disable-next-line";
  codes: string[];
  /** line of the comment's end */
  line: number;
}

export interface Letter {
  text: string;
  /** whether spec §1 makes this file a letter */
  isLetter: boolean;
  fields: LetterFields;
  frontMatter: Map<string, FrontMatterEntry>;
  /** span of the whole front-matter block, delimiters included; empty at 0 when none */
  frontMatterSpan: Span;
  /** where the YAML text between the delimiters starts */
  yamlStart: number;
  bodyStart: number;
  /** span of the first line of the body that has text, for findings about a missing part */
  firstBodyLine: Span;
  blocks: ProseBlock[];
  sentences: Sentence[];
  salutation?: Salutation;
  /** index into blocks of the closing ("Best regards, Name"), when found */
  signatureBlock?: number;
  /** findings from parsing itself (front-matter errors) */
  problems: Finding[];
  disables: DisableComment[];
  /** the line break the file uses, for inserted text */
  eol: "\n" | "\r\n";
}

/** What the workspace keeps of each letter: enough for threads, timing and the agenda. */
export interface LetterSummary {
  /** file URI or path, as the caller names files */
  id: string;
  kind: LetterKind;
  company: string;
  role: string;
  interviewer: string[];
  interviewed?: DateValue;
  sent?: DateValue;
  promised?: DateValue;
  replied?: DateValue;
  outcome?: LetterFields["outcome"];
}

export interface RuleContext {
  settings: FollowupSettings;
  now: Date;
  /** every letter of this letter's thread, this one included */
  thread: LetterSummary[];
}

export interface Rule {
  code: RuleCode;
  kinds: readonly LetterKind[] | "all";
  defaultSeverity: Severity;
  description: string;
  check(letter: Letter, context: RuleContext): Finding[];
}
