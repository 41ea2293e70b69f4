// Collects diagnostics per file during a command and prints them as text (stderr) or JSON (stdout), plus a summary.
import type { Diagnostic, LineMap, MessageLanguage } from '@sopkit/core/check';
import { diagnosticJson, formatDiagnostic, outputStyle } from './print-diagnostics.js';

export type OutputFormat = 'text' | 'json';

export class Reporter {
  readonly #entries: { file: string; diagnostic: Diagnostic }[] = [];
  readonly #style = outputStyle(process.stderr);
  errors = 0;
  warnings = 0;

  constructor(readonly format: OutputFormat, readonly language: MessageLanguage) {}

  /** Prints the diagnostics of one file (text), or keeps them for `flush` (JSON). */
  report(file: string, diagnostics: readonly Diagnostic[], lines: LineMap | undefined): void {
    for (const diagnostic of diagnostics) {
      if (diagnostic.severity === 'error') this.errors++;
      else if (diagnostic.severity === 'warning') this.warnings++;
      if (this.format === 'json') this.#entries.push({ file, diagnostic });
      else process.stderr.write(`${formatDiagnostic(file, diagnostic, lines, this.#style)}\n\n`);
    }
  }

  /** In JSON mode, prints every diagnostic as one array on stdout. */
  flush(): void {
    if (this.format === 'json') process.stdout.write(`${JSON.stringify(this.#entries.map((e) => diagnosticJson(e.file, e.diagnostic)), null, 2)}\n`);
  }

  /** A closing line such as `2 files checked: 1 error, 0 warnings`, in `language` (default: the reporter's). */
  summary(what: string, language: MessageLanguage = this.language): string {
    if (language === 'en') {
      return `${what}: ${this.errors} error${this.errors === 1 ? '' : 's'}, ${this.warnings} warning${this.warnings === 1 ? '' : 's'}`;
    }
    return `${what}：${this.errors} 个错误，${this.warnings} 个警告`;
  }
}
