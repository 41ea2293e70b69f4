// Serves workspace/symbol: the .sop files on disk below the workspace folders, with each open document's current text in
// place of its file; asks the client to watch .sop files and follows workspace folder changes when the client can.
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification, FileChangeType, WatchKind, type ClientCapabilities, type Connection, type DidChangeWatchedFilesParams,
  type InitializeParams, type SymbolInformation, type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis.js';
import { workspaceSymbols } from '../features/workspace-symbols.js';
import { symbolEntries, type WorkspaceEntry } from './symbol-entries.js';
import { uriPath, WorkspaceFiles } from './workspace-files.js';

/** Workspace symbols over the files on disk and the open documents. */
export class WorkspaceSymbolService {
  readonly #files = new WorkspaceFiles();
  readonly #open = new Map<string, { readonly version: number; readonly entries: readonly WorkspaceEntry[] }>();
  readonly #documents: TextDocuments<TextDocument>;
  readonly #analysisOf: (uri: string) => Analysis | undefined;
  #roots: string[] = [];
  #capabilities: ClientCapabilities = {};

  constructor(documents: TextDocuments<TextDocument>, analysisOf: (uri: string) => Analysis | undefined) {
    this.#documents = documents;
    this.#analysisOf = analysisOf;
  }

  /** Takes the workspace folders (or the root) the client names; nothing is read yet. */
  initialize(params: InitializeParams): void {
    this.#capabilities = params.capabilities;
    const root = params.rootUri ?? (params.rootPath ? pathToFileURL(params.rootPath).href : undefined);
    this.#setRoots(params.workspaceFolders?.map((f) => f.uri) ?? (root ? [root] : []));
  }

  /** After the handshake: registers the file watcher and the folder-change handler when the client supports them. */
  initialized(connection: Connection): void {
    const workspace = this.#capabilities.workspace;
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      const watchers = [{ globPattern: '**/*.sop' }, { globPattern: '**/*', kind: WatchKind.Delete }];
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).then(() => this.#files.watch(), () => undefined);
    }
    if (workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        this.#setRoots([...this.#roots.filter((uri) => !removed.has(uri)), ...event.added.map((f) => f.uri)]);
      });
    }
  }

  /** Files created, changed or deleted on disk. */
  filesChanged(params: DidChangeWatchedFilesParams): void {
    for (const change of params.changes) this.#files.changed(change.uri, change.type === FileChangeType.Deleted);
  }

  /** A document was closed: its file on disk counts again (it may not have been saved). */
  closed(uri: string): void {
    this.#open.delete(uri);
    this.#files.changed(uri, false);
  }

  /** The symbols matching a query. */
  async symbols(query: string): Promise<SymbolInformation[]> {
    const disk = await this.#files.entries();
    const entries: WorkspaceEntry[] = [];
    const openPaths = new Set<string>();
    for (const document of this.#documents.all()) {
      openPaths.add(uriPath(document.uri) ?? document.uri);
      entries.push(...this.#openEntries(document.uri));
    }
    for (const [path, fileEntries] of disk) if (!openPaths.has(path)) entries.push(...fileEntries);
    return workspaceSymbols(entries, query);
  }

  #openEntries(uri: string): readonly WorkspaceEntry[] {
    const analysis = this.#analysisOf(uri);
    if (!analysis) return [];
    const cached = this.#open.get(uri);
    if (cached?.version === analysis.version) return cached.entries;
    const entries = symbolEntries(uri, analysis.result.ast, analysis.result.lines);
    this.#open.set(uri, { version: analysis.version, entries });
    return entries;
  }

  #setRoots(uris: string[]): void {
    this.#roots = uris;
    this.#files.setRoots(uris);
  }
}
