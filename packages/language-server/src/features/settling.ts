// While a document is being typed, the problems it already had stay shown (and those fixed go at once), but a new one
// waits until the typist pauses: a half-typed line (`工`, `工步 2`, `负责: 企`) is not worth a squiggle at each keystroke.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';

/** What identifies a diagnostic across versions whose lines moved: its code and message. */
function key(diagnostic: LspDiagnostic): string {
  return `${String(diagnostic.code)}\u0000${diagnostic.message}`;
}

/**
 * The diagnostics to publish: all of `current` when the typist has paused, else those already `shown` in the last
 * publication (as many of each as were shown); `held` counts the new ones left for after the pause.
 */
export function settle(current: readonly LspDiagnostic[], shown: readonly LspDiagnostic[], typing: boolean): { publish: LspDiagnostic[]; held: number } {
  if (!typing) return { publish: [...current], held: 0 };
  const remaining = new Map<string, number>();
  for (const diagnostic of shown) remaining.set(key(diagnostic), (remaining.get(key(diagnostic)) ?? 0) + 1);
  const publish = current.filter((diagnostic) => {
    const left = remaining.get(key(diagnostic)) ?? 0;
    if (left > 0) remaining.set(key(diagnostic), left - 1);
    return left > 0;
  });
  return { publish, held: current.length - publish.length };
}
