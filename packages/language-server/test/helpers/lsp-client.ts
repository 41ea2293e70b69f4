// A real LSP client for the tests: spawns a server process and speaks JSON-RPC to it over stdio.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification,
  InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type ClientCapabilities, type Diagnostic, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams, type Registration,
  type TextDocumentContentChangeEvent, type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';

export interface ClientOptions {
  /** The workspace folders named at initialization (default none). */
  readonly workspaceFolders?: readonly WorkspaceFolder[];
  /** The client's capabilities (default none). */
  readonly capabilities?: ClientCapabilities;
}

export interface LspClient {
  readonly connection: ProtocolConnection;
  /** What the server answered to initialize (its capabilities). */
  readonly initializeResult: InitializeResult;
  /** Capabilities the server registered dynamically (client/registerCapability), in order. */
  readonly registrations: readonly Registration[];
  /** Opens a document (language `sop`) and returns its URI; `uri` names it exactly instead of `file:///work/<name>`. */
  open(name: string, text: string, uri?: string): string;
  /** Sends changes for a document and returns its new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number;
  /** Resolves with the first diagnostics published for `uri` at `version` or later. */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  /** Resolves with the next diagnostics published for `uri` (the server publishes again when it shows problems it held back while typing). */
  nextDiagnostics(uri: string): Promise<Diagnostic[]>;
  close(): Promise<void>;
}

/** Spawns `command args…` as a language server, initializes it and returns a client. */
export async function startClient(command: string, args: readonly string[], options: ClientOptions = {}): Promise<LspClient> {
  const child: ChildProcess = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const versions = new Map<string, number>();
  const published = new Map<string, PublishDiagnosticsParams>();
  const waiting: { uri: string; version: number; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.set(params.uri, params);
    for (const w of [...waiting]) {
      if (w.uri === params.uri && (params.version ?? 0) >= w.version) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(params.diagnostics);
      }
    }
  });
  const registrations: Registration[] = [];
  connection.onRequest(RegistrationRequest.type, (params) => {
    registrations.push(...params.registrations);
  });
  connection.listen();
  const workspaceFolders = options.workspaceFolders ? [...options.workspaceFolders] : null;
  const initializeResult = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: options.capabilities ?? {}, workspaceFolders });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    initializeResult,
    registrations,
    open(name, text, uri = `file:///work/${name}`) {
      versions.set(uri, 1);
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'sop', version: 1, text } });
      return uri;
    },
    change(uri, changes) {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
      return version;
    },
    diagnostics(uri, version = versions.get(uri) ?? 1) {
      const seen = published.get(uri);
      if (seen && (seen.version ?? 0) >= version) return Promise.resolve(seen.diagnostics);
      return new Promise((resolve) => waiting.push({ uri, version, resolve }));
    },
    nextDiagnostics(uri) {
      return new Promise((resolve) => waiting.push({ uri, version: Number.NEGATIVE_INFINITY, resolve }));
    },
    async close() {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
      connection.dispose();
    },
  };
}
