// Diagnostics as you type: core's diagnostics converted to LSP, published at most once per quiet period per document.
import type { Diagnostic } from '@sopkit/core';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { lspRange } from '../positions.js';

const severities = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** An LSP diagnostic with the same code and message as the CLI prints. */
export function lspDiagnostic(diagnostic: Diagnostic, uri: string): LspDiagnostic {
  return {
    range: lspRange(diagnostic.range),
    severity: severities[diagnostic.severity],
    code: diagnostic.code,
    source: 'sop',
    message: diagnostic.message,
    ...(diagnostic.related && {
      relatedInformation: diagnostic.related.map((r) => ({ location: { uri, range: lspRange(r.range) }, message: r.message })),
    }),
  };
}

/**
 * Runs `publish(uri)` soon after a change: at once when the document has been quiet for `quietMs`, otherwise once at
 * the end of that period, so a burst of keystrokes costs one analysis and the first keystroke is answered without delay.
 */
export class DiagnosticsScheduler {
  readonly #states = new Map<string, { timer: NodeJS.Timeout | undefined; last: number }>();

  constructor(private readonly publish: (uri: string) => void, private readonly quietMs: number) {}

  schedule(uri: string): void {
    const state = this.#states.get(uri) ?? { timer: undefined, last: -Infinity };
    this.#states.set(uri, state);
    if (state.timer) return;
    const wait = Math.max(0, state.last + this.quietMs - performance.now());
    state.timer = setTimeout(() => {
      state.timer = undefined;
      state.last = performance.now();
      this.publish(uri);
    }, wait);
  }

  forget(uri: string): void {
    const state = this.#states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    this.#states.delete(uri);
  }
}
