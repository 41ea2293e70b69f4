// Actions, decision branches and references in plain words: "上报：中心", "通知：技术主管", "转到 工步 15", "当 小于15分钟", "详见：仪容仪表规范".
import { canonicalWord, type ActionJson, type BranchJson, type KeywordKind, languages } from '@sopkit/core';
import type { LabelLanguage } from './labels.js';

type Words = Record<LabelLanguage, string>;

/** A keyword's canonical word in every language (core's keyword table). */
function keywordWords(kind: KeywordKind): Words {
  return Object.fromEntries(languages.map((language) => [language, canonicalWord(kind, language)])) as Words;
}

/** Actions whose printed word is the keyword itself, and those printed as a phrase of their own. */
const actionWords: Record<string, Words> = {
  escalate: { 'zh-CN': '上报', 'zh-TW': '上報', en: 'Escalate to' },
  notify: keywordWords('notify'),
  goto: keywordWords('goto'),
  return: keywordWords('return'),
  reschedule: keywordWords('reschedule'),
  continue: { 'zh-CN': '继续下一工步', 'zh-TW': '繼續下一工步', en: 'Continue with the next step' },
  end: { 'zh-CN': '结束服务', 'zh-TW': '結束服務', en: 'End the visit' },
};

const branchWords: Record<string, Words> = {
  yes: keywordWords('yes'),
  no: keywordWords('no'),
  when: keywordWords('when'),
  otherwise: keywordWords('otherwise'),
};

const separator: Words = { 'zh-CN': '：', 'zh-TW': '：', en: ': ' };
const listSeparator: Words = { 'zh-CN': '、', 'zh-TW': '、', en: ', ' };
const stepWord = keywordWords('step');
const referenceWord = keywordWords('reference');

/** A list joined the way the language writes lists ("中心、总部技术科" / "centre, head office"). */
export function listWords(items: readonly string[], language: LabelLanguage): string {
  return items.join(listSeparator[language]);
}

/** An action in words; `brief` leaves out free text (conditions). An action kind this version does not know shows its name and text. */
export function actionText(action: ActionJson | { type: string; [field: string]: unknown }, language: LabelLanguage, brief = false): string {
  const word = actionWords[action.type]?.[language] ?? action.type;
  const fields = action as Record<string, unknown>;
  if (Array.isArray(fields['roles'])) return `${word}${separator[language]}${listWords(fields['roles'].map(String), language)}`;
  if (typeof fields['number'] === 'string') return `${word} ${language === 'en' ? stepWord.en.toLowerCase() : stepWord[language]} ${fields['number']}`;
  if (!brief && typeof fields['text'] === 'string' && fields['text'] !== '') return `${word}${separator[language]}${fields['text']}`;
  return word;
}

/** The head of a decision branch: "是", "否则", "当 小于15分钟" / "When less than 15 min". */
export function branchLabel(branch: Pick<BranchJson, 'kind' | 'condition'>, language: LabelLanguage): string {
  const word = branchWords[branch.kind]?.[language] ?? branch.kind;
  return branch.condition ? `${word} ${branch.condition}` : word;
}

/** A reference in words: "详见：仪容仪表规范" / "See: Dress code". */
export function referenceText(reference: string, language: LabelLanguage): string {
  return `${referenceWord[language]}${separator[language]}${reference}`;
}

/** A step's name as printed: "工步 8：敲门" / "Step 8: Knock on the door". */
export function stepHeading(step: { number: string; title: string }, language: LabelLanguage): string {
  return `${stepWord[language]} ${step.number}${separator[language]}${step.title}`;
}
