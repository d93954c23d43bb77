// The engine's public face: pure functions over text. Imports neither vscode nor the LSP library.
export { analyzeText, checkLetter, checkRead, readLetter, readSummary, summarize, type Analysis, type CheckContext, type ReadLetter } from "./analyze";
export { groupThreads, threadKey, threadState, type Thread, type ThreadState } from "./agenda";
export { applyEdits } from "./fixes";
export { LetterIndex } from "./letterIndex";
export { parseLetter } from "./letter";
export { parseDateValue, isKnownTimeZone } from "./dates";
export { thankYouDeadline, statusCheckDate, nudgeDate, threadFacts, latestSent } from "./timing";
export { RULES } from "./rules";
export type * from "./types";
