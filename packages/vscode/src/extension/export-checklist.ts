// "SOP: Export checklist": runs the checklist generator (`sop checklist`, from the workspace or PATH) on the current text.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';

const templates = ['training', 'audit', 'card'] as const;

/** The `sop` command: the `sop.cliPath` setting, the workspace's node_modules/.bin/sop, or `sop` on PATH. */
function sopCommand(document: vscode.TextDocument): string {
  const configured = vscode.workspace.getConfiguration('sop').get<string>('cliPath');
  if (configured) return configured;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath;
  const local = folder && join(folder, 'node_modules', '.bin', 'sop');
  return local && existsSync(local) ? local : 'sop';
}

function run(command: string, args: string[], input: string, cwd: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 127) : 0;
      resolve({ code, stderr: String(stderr) });
    });
    child.stdin?.end(input);
  });
}

/** Asks for a template and a file, then writes the checklist of the document's current text there. */
export async function exportChecklist(document: vscode.TextDocument): Promise<void> {
  const template = await vscode.window.showQuickPick([...templates], { placeHolder: 'Checklist template / 清单模板' });
  if (!template) return;
  const name = basename(document.fileName).replace(/\.sop$/, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(join(dirname(document.fileName), `${name}-${template}.pdf`)),
    filters: { PDF: ['pdf'], HTML: ['html'], Markdown: ['md'] },
  });
  if (!target) return;
  const command = sopCommand(document);
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `sop checklist → ${basename(target.fsPath)}` },
    () => run(command, ['checklist', '-', '--template', template, '--output', target.fsPath], document.getText(), dirname(document.fileName)));
  if (result.code === 0) {
    const open = await vscode.window.showInformationMessage(`Checklist written: ${target.fsPath}`, 'Open');
    if (open) await vscode.env.openExternal(target);
  } else if (result.code === 127 || /unknown command/i.test(result.stderr)) {
    void vscode.window.showErrorMessage('The checklist generator (`sop checklist` from @sopkit/cli) was not found. Install sopkit in the workspace or set "sop.cliPath".');
  } else {
    void vscode.window.showErrorMessage(result.stderr.trim().split('\n').slice(0, 6).join('\n') || `sop checklist failed (exit ${result.code})`);
  }
}
