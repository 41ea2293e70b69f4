// The language server: keeps the open documents, analyses each version once, and answers the LSP requests with core's results.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection, type Diagnostic as LspDiagnostic, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type Analysis } from './analysis.js';
import { codeActions } from './features/code-actions.js';
import { completions } from './features/completion.js';
import { DiagnosticsScheduler, lspDiagnostic } from './features/diagnostics.js';
import { documentHighlights } from './features/document-highlight.js';
import { foldingRanges } from './features/folding.js';
import { formattingEdits } from './features/formatting.js';
import { hover } from './features/hover.js';
import { definition, references } from './features/navigation.js';
import { prepareRename, rename } from './features/rename.js';
import { selectionRanges } from './features/selection-range.js';
import { settle } from './features/settling.js';
import { documentSymbols } from './features/symbols.js';
import { WorkspaceSymbolService } from './workspace/workspace-symbol-service.js';

export interface ServerOptions {
  /** Milliseconds a document must be quiet before its diagnostics are recomputed again (default 50). */
  readonly quietMs?: number;
  /** Milliseconds without a change after which new problems are shown too (default 800; see settling.ts). */
  readonly settleMs?: number;
}

const capabilities: InitializeResult['capabilities'] = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  completionProvider: { triggerCharacters: ['@', ' ', ':', '：', '、', ','] },
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  renameProvider: { prepareProvider: true },
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
  foldingRangeProvider: true,
  selectionRangeProvider: true,
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
  codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll'] },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

/** Starts the server on a connection (by default the process's stdio, as `--stdio` asks) and returns the connection. */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all), options: ServerOptions = {}): Connection {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, Analysis>();

  const analysisOf = (uri: string): Analysis | undefined => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const cached = cache.get(uri);
    if (cached && cached.version === document.version) return cached;
    const fresh = analyse(uri, document.version, document.getText(), cached);
    cache.set(uri, fresh);
    return fresh;
  };
  const settleMs = options.settleMs ?? 800;
  /** Per open document: when it last changed, what was last published, and the timer that publishes after the pause. */
  const typing = new Map<string, { changed: number; shown: LspDiagnostic[]; timer?: NodeJS.Timeout }>();
  const publish = (uri: string, paused = false) => {
    const analysis = analysisOf(uri);
    if (!analysis) return;
    const state = typing.get(uri) ?? { changed: -Infinity, shown: [] };
    typing.set(uri, state);
    const wait = state.changed + settleMs - performance.now();
    const { publish: diagnostics, held } = settle(analysis.result.diagnostics.map((d) => lspDiagnostic(d, uri)), state.shown, !paused && wait > 0);
    state.shown = diagnostics;
    clearTimeout(state.timer);
    if (held > 0) state.timer = setTimeout(() => publish(uri, true), wait);
    void connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
  };
  const scheduler = new DiagnosticsScheduler((uri) => publish(uri), options.quietMs ?? 50);
  const withAnalysis = <T>(uri: string, empty: T, answer: (analysis: Analysis) => T): T => {
    const analysis = analysisOf(uri);
    return analysis ? answer(analysis) : empty;
  };

  const workspace = new WorkspaceSymbolService(documents, analysisOf);

  connection.onInitialize((params) => {
    workspace.initialize(params);
    return { capabilities, serverInfo: { name: 'sop-language-server', version: '0.1.0' } };
  });
  connection.onInitialized(() => workspace.initialized(connection));
  connection.onDidChangeWatchedFiles((params) => workspace.filesChanged(params));
  connection.onWorkspaceSymbol((p) => workspace.symbols(p.query));
  documents.onDidOpen((event) => typing.delete(event.document.uri));
  documents.onDidChangeContent((change) => {
    const state = typing.get(change.document.uri);
    // Note: the first content of a document (on open) is not typing; every later change is.
    if (state) state.changed = performance.now();
    scheduler.schedule(change.document.uri);
  });
  documents.onDidClose((event) => {
    clearTimeout(typing.get(event.document.uri)?.timer);
    typing.delete(event.document.uri);
    scheduler.forget(event.document.uri);
    cache.delete(event.document.uri);
    workspace.closed(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCompletion((p) => withAnalysis(p.textDocument.uri, [], (a) => completions(a, p.position)));
  connection.onHover((p) => withAnalysis(p.textDocument.uri, null, (a) => hover(a, p.position)));
  connection.onDefinition((p) => withAnalysis(p.textDocument.uri, null, (a) => definition(a, p.position)));
  connection.onReferences((p) => withAnalysis(p.textDocument.uri, [], (a) => references(a, p.position, p.context.includeDeclaration)));
  connection.onDocumentHighlight((p) => withAnalysis(p.textDocument.uri, [], (a) => documentHighlights(a, p.position)));
  connection.onPrepareRename((p) => withAnalysis(p.textDocument.uri, null, (a) => prepareRename(a, p.position)));
  connection.onRenameRequest((p) => withAnalysis(p.textDocument.uri, null, (a) => rename(a, p.position, p.newName)));
  connection.onDocumentSymbol((p) => withAnalysis(p.textDocument.uri, [], documentSymbols));
  connection.onSelectionRanges((p) => withAnalysis(p.textDocument.uri, [], (a) => selectionRanges(a, p.positions)));
  connection.onFoldingRanges((p) => withAnalysis(p.textDocument.uri, [], foldingRanges));
  connection.onDocumentFormatting((p) => withAnalysis(p.textDocument.uri, [], (a) => formattingEdits(a)));
  connection.onDocumentRangeFormatting((p) => withAnalysis(p.textDocument.uri, [], (a) => formattingEdits(a, p.range)));
  connection.onCodeAction((p) => withAnalysis(p.textDocument.uri, [], (a) => codeActions(a, p)));

  documents.listen(connection);
  connection.listen();
  return connection;
}
