// Names of the contract (spec §1 and §4), shared by the engine, the server and the client.

export const LETTER_KINDS = ["thank-you", "status-check", "nudge", "rejection-reply", "acceptance"] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const RULE_CODES = [
  "missing-thanks",
  "missing-fit",
  "missing-next-step",
  "needy-phrasing",
  "pushy-phrasing",
  "late-sending",
  "premature-follow-up",
  "too-long",
  "unneeded-attachments",
  "name-mismatch",
  "generic-letter",
  "placeholder",
  "missing-feedback-request",
  "front-matter",
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export const SEVERITIES = ["error", "warning", "information", "hint"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const AGENDA_STATES = [
  "rejection-reply-due",
  "closed",
  "thank-you-due",
  "thank-you-overdue",
  "answered",
  "waiting",
  "status-check-due",
  "nudge-due",
] as const;
export type AgendaState = (typeof AGENDA_STATES)[number];

export const OUTCOMES = ["offer", "rejected", "withdrawn"] as const;
export const CHANNELS = ["email", "handwritten"] as const;

/** Where each rule's documentation page lives; diagnostics link to it. */
export const DOCS_BASE_URL = "https://github.com/interview-follow-up/interview-follow-up/blob/main/docs/rules/";
export const ruleDocUrl = (code: string): string => `${DOCS_BASE_URL}${code}.md`;
