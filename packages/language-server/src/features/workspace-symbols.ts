// Workspace symbols: the processes, steps, tables, templates and forms of every .sop file that match a query, each word
// of it matching a step's number (as a prefix), a title, or the id or title of the process; best matches first, capped.
import { canonicalStepNumber } from '@sopkit/core';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { WorkspaceEntry } from '../workspace/symbol-entries.js';

/** How many symbols one answer lists at most. */
const workspaceSymbolCap = 100;

const kindOrder: readonly SymbolKind[] = [SymbolKind.Module, SymbolKind.Function, SymbolKind.Struct, SymbolKind.Interface];

/**
 * The symbols matching `query`. A word scores 0 when it is the step's number, the title or the process id exactly, 1 when
 * it starts them, 2 when it is inside them; symbols are ordered by their words' total, then processes before steps before
 * the rest, then by file and place. An empty query lists the first symbols in that order.
 */
export function workspaceSymbols(entries: readonly WorkspaceEntry[], query: string, cap = workspaceSymbolCap): SymbolInformation[] {
  const words = query.trim().toLowerCase().split(/[ \t\u3000]+/).filter((w) => w !== '');
  const scored: { entry: WorkspaceEntry; score: number }[] = [];
  for (const entry of entries) {
    let score = 0;
    for (const word of words) {
      const best = wordScore(entry, word);
      if (best === undefined) {
        score = -1;
        break;
      }
      score += best;
    }
    if (score >= 0) scored.push({ entry, score });
  }
  scored.sort((a, b) => a.score - b.score || rank(a.entry) - rank(b.entry) || compareLocations(a.entry.symbol, b.entry.symbol));
  return scored.slice(0, cap).map((s) => s.entry.symbol);
}

function wordScore(entry: WorkspaceEntry, word: string): number | undefined {
  const { number, title, process } = entry;
  if (number !== undefined && canonicalStepNumber(number) === canonicalStepNumber(word)) return 0;
  if (title === word || process.split(' ', 1)[0] === word) return 0;
  if ((number !== undefined && /^\d/.test(word) && canonicalStepNumber(number).startsWith(canonicalStepNumber(word))) || title.startsWith(word)) return 1;
  if (title.includes(word) || process.includes(word)) return 2;
  return undefined;
}

function rank(entry: WorkspaceEntry): number {
  const at = kindOrder.indexOf(entry.symbol.kind);
  return at === -1 ? kindOrder.length : at;
}

function compareLocations(a: SymbolInformation, b: SymbolInformation): number {
  return a.location.uri.localeCompare(b.location.uri)
    || a.location.range.start.line - b.location.range.start.line
    || a.location.range.start.character - b.location.range.start.character;
}
