// One spawned server shared by a test file, with the small vocabulary the tests speak: open inline source with `<|>`
// markers, ask for completion or hover at the first marker, apply text edits.
import { CompletionRequest, HoverRequest, type CompletionItem, type CompletionList, type MarkupContent, type Position, type TextEdit } from 'vscode-languageserver-protocol/node';
import { bundleServer } from './bundle-server.js';
import { markers } from './cursor.js';
import { startClient, type LspClient } from './lsp-client.js';

export interface Session {
  readonly client: LspClient;
  /** Opens inline source with `<|>` markers; returns its URI, text and cursor positions. */
  open(source: string): { uri: string; text: string; at: readonly Position[] };
  /** The completion items at the first marker. */
  complete(source: string): Promise<CompletionItem[]>;
  /** The completion answer at the first marker as a list (an array answer is a complete list). */
  completionList(source: string): Promise<CompletionList>;
  /** The hover text at the first marker. */
  hoverText(source: string): Promise<string | undefined>;
}

/** Spawns the bundled server and returns a session over it (close it with `session.client.close()`). */
export async function startSession(): Promise<Session> {
  const client = await startClient(process.execPath, [bundleServer(), '--stdio']);
  let count = 0;
  const open = (source: string) => {
    const { text, cursors } = markers(source);
    return { uri: client.open(`doc-${++count}.sop`, text), text, at: cursors };
  };
  const completionList = async (source: string): Promise<CompletionList> => {
    const doc = open(source);
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: doc.uri }, position: doc.at[0]! });
    return Array.isArray(result) ? { isIncomplete: false, items: result } : result ?? { isIncomplete: false, items: [] };
  };
  return {
    client,
    open,
    async complete(source) {
      return (await completionList(source)).items;
    },
    completionList,
    async hoverText(source) {
      const doc = open(source);
      const result = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: doc.at[0]! });
      return (result?.contents as MarkupContent | undefined)?.value;
    },
  };
}

/** The text after applying LSP edits (which must not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const edit of sorted) out = out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end));
  return out;
}

/** The text after accepting a completion item (its text edit; snippet placeholders such as `${1:8}` and `$0` reduced to their text). */
export function accept(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  const newText = edit.newText.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
  return applyEdits(text, [{ range: edit.range, newText }]);
}
