// The agenda over the protocol: every thread of the workspace with its state and due date.
import type { AgendaResult, AgendaThread } from "../../shared/protocol";
import type { FollowupSettings } from "../../shared/settings";
import { groupThreads, threadState, type LetterSummary } from "../engine";

export function buildAgenda(letters: Iterable<LetterSummary>, now: Date, settings: FollowupSettings, uriOf: (id: string) => string): AgendaResult {
  const threads = groupThreads(letters)
    .map((thread) => ({ thread, ...threadState(thread.letters, now, settings) }))
    .sort((a, b) => (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity) || a.thread.company.localeCompare(b.thread.company) || a.thread.role.localeCompare(b.thread.role))
    .map(({ thread, state, due, nextKind }): AgendaThread => {
      // letters are sorted oldest first: the latest named interviewer is the one to greet next
      const named = [...thread.letters].reverse().find((l) => l.interviewer.length > 0);
      return {
        company: thread.company,
        role: thread.role,
        state,
        due: due ? due.toISOString() : null,
        nextKind,
        interviewer: named ? named.interviewer.join(", ") : null,
        letters: thread.letters.map((l) => ({ uri: uriOf(l.id), kind: l.kind, sent: l.sent ? l.sent.instant.toISOString() : null })),
      };
    });
  return { now: now.toISOString(), threads };
}
