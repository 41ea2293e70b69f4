// The output steps `sop build` runs after writing process.json (diagrams, checklists …), in order.
import type { MessageLanguage, ProcessJson } from '@sopkit/core';
import type { SharedBrowser } from '@sopkit/browser';
import type { SopkitConfig } from '../config/load-config.js';
import type { BrowserProblems } from './shared-browser.js';
import type { Progress } from '../report/progress.js';
import type { Reporter } from '../report/reporter.js';

export interface BuildOutputContext {
  readonly outDir: string;
  readonly config: SopkitConfig;
  readonly language: MessageLanguage;
  readonly reporter: Reporter;
  readonly progress: Progress;
  /** The output kinds the user asked for explicitly with --only (undefined: the defaults). */
  readonly explicit: ReadonlySet<string> | undefined;
  /** The build's one Chromium, started on first use (or what is missing); the build closes it. */
  browser(): Promise<SharedBrowser | BrowserProblems>;
}

export interface BuildOutput {
  /** Name used by `--only`. */
  readonly kind: string;
  /** Writes this output for every process under outDir/<id>/; returns false when the build should fail. */
  run(processes: readonly ProcessJson[], ctx: BuildOutputContext): Promise<boolean>;
}

/** Diagrams first: checklists may embed them. */
export async function buildOutputs(): Promise<BuildOutput[]> {
  const features = await Promise.all([import('../features/diagram.js'), import('../features/checklist.js')]);
  return features.map((f) => f.buildOutput).filter((o): o is BuildOutput => o !== undefined);
}
