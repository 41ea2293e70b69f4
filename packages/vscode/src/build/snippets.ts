// Snippets in each language, written with the canonical keywords from core's keyword table: a new step, a new problem with a remedy.
import { canonicalWord, languages, type Language } from '@sopkit/core';

export interface Snippet {
  readonly prefix: readonly string[];
  readonly body: readonly string[];
  readonly description: string;
}

const names: Record<Language, { step: string; problem: string; placeholder: Record<string, string> }> = {
  'zh-CN': { step: '新工步', problem: '新问题及措施', placeholder: { title: '标题', owner: '负责角色', standard: '工作标准', problem: '问题', remedy: '解决措施' } },
  'zh-TW': { step: '新工步（繁體）', problem: '新問題及措施', placeholder: { title: '標題', owner: '負責角色', standard: '工作標準', problem: '問題', remedy: '解決措施' } },
  en: { step: 'New step', problem: 'New problem with remedy', placeholder: { title: 'Title', owner: 'Role', standard: 'Standard', problem: 'Problem', remedy: 'Remedy' } },
};

/** The snippets file (VS Code `.code-snippets` JSON) for every language. */
export function sopSnippets(): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const language of languages) {
    const w = (kind: Parameters<typeof canonicalWord>[0]) => canonicalWord(kind, language);
    const p = names[language].placeholder;
    out[`${names[language].step} (${language})`] = {
      prefix: [w('step'), `step-${language}`],
      body: [`${w('step')} \${1:1}: \${2:${p['title']}}`, `  ${w('owner')}: \${3:${p['owner']}}`, `  ${w('standard')}: \${4:${p['standard']}}`, '$0'],
      description: names[language].step,
    };
    out[`${names[language].problem} (${language})`] = {
      prefix: [w('problem'), `problem-${language}`],
      body: [`${w('problem')}: \${1:${p['problem']}}`, `  ${w('remedy')}: \${2:${p['remedy']}}`, '$0'],
      description: names[language].problem,
    };
  }
  return out;
}
