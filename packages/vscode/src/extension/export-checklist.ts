// "SOP: Export checklist": runs the checklist generator (`sop checklist`, from the workspace or PATH) on the current text.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from '@sopkit/core';
import { say } from '@sopkit/language-server/own-words';
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

/** Asks for a template and a file, then writes the checklist of the document's current text there (speaking the document's language). */
export async function exportChecklist(document: vscode.TextDocument): Promise<void> {
  const text = document.getText();
  const { language } = parse(text).ast;
  const template = await vscode.window.showQuickPick([...templates], { placeHolder: say(language, { zh: '清单模板', en: 'Checklist template' }) });
  if (!template) return;
  const name = basename(document.fileName).replace(/\.sop$/, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(join(dirname(document.fileName), `${name}-${template}.pdf`)),
    filters: { PDF: ['pdf'], HTML: ['html'], Markdown: ['md'] },
  });
  if (!target) return;
  const command = sopCommand(document);
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `sop checklist → ${basename(target.fsPath)}` },
    () => run(command, ['checklist', '-', '--template', template, '--output', target.fsPath], text, dirname(document.fileName)));
  if (result.code === 0) {
    const openWord = say(language, { zh: '打开', en: 'Open' });
    const open = await vscode.window.showInformationMessage(say(language, { zh: '清单已写入：{path}', en: 'Checklist written: {path}' }, { path: target.fsPath }), openWord);
    if (open) await vscode.env.openExternal(target);
  } else if (result.code === 127 || /unknown command/i.test(result.stderr)) {
    void vscode.window.showErrorMessage(say(language, {
      zh: '找不到清单生成器（@sopkit/cli 的 `sop checklist`）。请在工作区安装 sopkit，或设置 "sop.cliPath"。',
      en: 'The checklist generator (`sop checklist` from @sopkit/cli) was not found. Install sopkit in the workspace or set "sop.cliPath".',
    }));
  } else {
    void vscode.window.showErrorMessage(result.stderr.trim().split('\n').slice(0, 6).join('\n') || say(language, { zh: 'sop checklist 失败（退出码 {code}）', en: 'sop checklist failed (exit {code})' }, { code: result.code }));
  }
}
