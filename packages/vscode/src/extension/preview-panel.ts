// "SOP: Preview diagram": a webview beside the editor that re-renders the process diagram (bundled Mermaid) as you type.
import * as vscode from 'vscode';
import { previewMessage } from './preview-message.js';

const viewType = 'sop.diagramPreview';

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: 32 }, () => chars[Math.floor(Math.random() * chars.length)]).join('');
}

/** The page of the preview: no network, only the bundled script (by nonce) and inline styles that Mermaid's SVG needs. */
function pageHtml(webview: vscode.Webview, script: vscode.Uri): string {
  const n = nonce();
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource} 'unsafe-inline'`, `font-src ${webview.cspSource}`, `script-src 'nonce-${n}'`].join('; ');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{background:var(--vscode-editor-background);color:var(--vscode-editor-foreground);font-family:var(--vscode-font-family)}
#diagram svg{max-width:100%;height:auto;background:#fff;border-radius:4px}#problems li{font-family:var(--vscode-editor-font-family);white-space:pre-wrap}</style>
</head><body><div id="diagram"></div><div id="problems"></div><script nonce="${n}" src="${webview.asWebviewUri(script).toString()}"></script></body></html>`;
}

/** One preview panel that follows the active .sop editor. */
export class DiagramPreview implements vscode.Disposable {
  static current: DiagramPreview | undefined;
  readonly #panel: vscode.WebviewPanel;
  readonly #subscriptions: vscode.Disposable[] = [];
  #document: vscode.TextDocument;
  #timer: NodeJS.Timeout | undefined;

  static show(extensionUri: vscode.Uri, document: vscode.TextDocument): void {
    if (DiagramPreview.current) {
      DiagramPreview.current.#follow(document);
      DiagramPreview.current.#panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    DiagramPreview.current = new DiagramPreview(extensionUri, document);
  }

  private constructor(extensionUri: vscode.Uri, document: vscode.TextDocument) {
    this.#document = document;
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    this.#panel = vscode.window.createWebviewPanel(viewType, 'SOP', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true, localResourceRoots: [dist], retainContextWhenHidden: true,
    });
    this.#panel.webview.html = pageHtml(this.#panel.webview, vscode.Uri.joinPath(dist, 'webview.js'));
    this.#panel.onDidDispose(() => this.dispose(), undefined, this.#subscriptions);
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === this.#document) this.#schedule(); }, undefined, this.#subscriptions);
    vscode.window.onDidChangeActiveTextEditor((editor) => { if (editor?.document.languageId === 'sop') this.#follow(editor.document); }, undefined, this.#subscriptions);
    this.#panel.webview.onDidReceiveMessage((m: { kind?: string }) => { if (m.kind === 'ready') this.#update(); }, undefined, this.#subscriptions);
  }

  #follow(document: vscode.TextDocument): void {
    this.#document = document;
    this.#update();
  }

  #schedule(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#update(), 250);
  }

  #update(): void {
    const message = previewMessage(this.#document.getText(), this.#document.uri.toString());
    this.#panel.title = `SOP: ${message.title}`;
    void this.#panel.webview.postMessage(message);
  }

  dispose(): void {
    DiagramPreview.current = undefined;
    if (this.#timer) clearTimeout(this.#timer);
    this.#panel.dispose();
    for (const s of this.#subscriptions.splice(0)) s.dispose();
  }
}
