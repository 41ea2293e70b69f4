// The process diagrams checklists embed: drawn as the diagram step draws them (sopkit.yaml's `diagram:` settings), through
// its render cache, so a diagram `sop build` has just drawn is not drawn again and no file of the output folder is trusted.
import type { ProcessJson } from '@sopkit/core';
import type { SharedBrowser } from '@sopkit/browser';
import type { DiagramRenderer } from '@sopkit/mermaid';
import type { BrowserProblems } from '../../commands/shared-browser.js';
import { diagramSettings } from '../diagram/diagram-settings.js';
import { openRenderer, renderFailure } from '../diagram/render-session.js';

/** Draws the diagrams of processes for their sheets. */
export interface SheetDiagrams {
  /** The SVG of a process's diagram, or why there is none, in the reader's language. */
  svg(doc: ProcessJson): Promise<{ svg: string } | { reason: string }>;
  close(): Promise<void>;
}

export interface SheetDiagramSource {
  /** sopkit.yaml's `diagram:` section. */
  readonly diagram: Readonly<Record<string, unknown>>;
  readonly chromium: string | undefined;
  /** out/.cache/diagrams, the diagram step's cache (its entries are trusted through this machine's secret only). */
  readonly cacheDir: string;
  /** The build's shared browser, if any. */
  readonly browser?: () => Promise<SharedBrowser | BrowserProblems>;
}

/**
 * Diagrams for sheets: the Mermaid text of each process with the configured options, its SVG from the cache when the
 * diagram step (or an earlier sheet) drew it, else drawn now in Chromium (started only then).
 */
export function sheetDiagrams(source: SheetDiagramSource, english: boolean): SheetDiagrams {
  let renderer: Promise<{ renderer: DiagramRenderer } | BrowserProblems> | undefined;
  return {
    async svg(doc) {
      const configured = diagramSettings(source.diagram);
      if ('problems' in configured) {
        const keys = configured.problems.map((p) => `diagram.${p.key}`).join(', ');
        return { reason: english ? `sopkit.yaml's diagram settings are invalid (${keys})` : `sopkit.yaml 的流程图设置有误（${keys}）` };
      }
      const { planDiagram } = await import('@sopkit/mermaid');
      const plan = planDiagram(doc, configured.settings.options);
      if (plan.tooLarge) return { reason: plan.tooLarge.message[english ? 'en' : 'zh-CN'] };
      renderer ??= openRenderer(source.chromium, source.cacheDir, source.browser);
      const session = await renderer;
      if ('problems' in session) return { reason: session.problems.map((p) => p[english ? 'en' : 'zh-CN']).join(' ') };
      try {
        const { files } = await session.renderer.render(plan.text, ['svg']);
        return { svg: new TextDecoder().decode(files.svg) };
      } catch (error) {
        return { reason: renderFailure(error) };
      }
    },
    async close() {
      const session = await renderer;
      if (session && 'renderer' in session) await session.renderer.close();
    },
  };
}
