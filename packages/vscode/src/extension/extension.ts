// The VS Code extension: starts the bundled SOP language server and adds the diagram preview and checklist export commands.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { exportChecklist } from './export-checklist.js';
import { DiagramPreview } from './preview-panel.js';

let client: LanguageClient | undefined;

function activeSopDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === 'sop') return document;
  void vscode.window.showWarningMessage('Open a .sop file first. / 请先打开一个 .sop 文件。');
  return undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc } };
  const clientOptions: LanguageClientOptions = { documentSelector: [{ language: 'sop' }] };
  client = new LanguageClient('sop', 'SOP language server', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('sop.previewDiagram', () => {
      const document = activeSopDocument();
      if (document) DiagramPreview.show(context.extensionUri, document);
    }),
    vscode.commands.registerCommand('sop.exportChecklist', async () => {
      const document = activeSopDocument();
      if (document) await exportChecklist(document);
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
