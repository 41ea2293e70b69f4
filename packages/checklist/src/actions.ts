// Actions, decision branches and references in plain words: "上报：中心", "转到 工步 15", "当 小于15分钟", "详见：仪容仪表规范".
import type { ActionJson, BranchJson } from '@sopkit/core';
import type { LabelLanguage } from './labels.js';

type Words = Record<LabelLanguage, string>;

const actionWords: Record<string, Words> = {
  escalate: { 'zh-CN': '上报', 'zh-TW': '上報', en: 'Escalate to' },
  goto: { 'zh-CN': '转到', 'zh-TW': '轉到', en: 'Go to' },
  return: { 'zh-CN': '返回', 'zh-TW': '返回', en: 'Return to' },
  reschedule: { 'zh-CN': '改约', 'zh-TW': '改約', en: 'Reschedule' },
  continue: { 'zh-CN': '继续下一工步', 'zh-TW': '繼續下一工步', en: 'Continue with the next step' },
  end: { 'zh-CN': '结束服务', 'zh-TW': '結束服務', en: 'End the visit' },
};

const branchWords: Record<string, Words> = {
  yes: { 'zh-CN': '是', 'zh-TW': '是', en: 'Yes' },
  no: { 'zh-CN': '否', 'zh-TW': '否', en: 'No' },
  when: { 'zh-CN': '当', 'zh-TW': '當', en: 'When' },
  otherwise: { 'zh-CN': '否则', 'zh-TW': '否則', en: 'Otherwise' },
};

const separator: Words = { 'zh-CN': '：', 'zh-TW': '：', en: ': ' };
const listSeparator: Words = { 'zh-CN': '、', 'zh-TW': '、', en: ', ' };
const stepWord: Words = { 'zh-CN': '工步', 'zh-TW': '工步', en: 'step' };
const referenceWord: Words = { 'zh-CN': '详见', 'zh-TW': '詳見', en: 'See' };

/** A list joined the way the language writes lists ("中心、总部技术科" / "centre, head office"). */
export function listWords(items: readonly string[], language: LabelLanguage): string {
  return items.join(listSeparator[language]);
}

/** An action in words; `brief` leaves out free text (conditions). An action kind this version does not know shows its name and text. */
export function actionText(action: ActionJson | { type: string; [field: string]: unknown }, language: LabelLanguage, brief = false): string {
  const word = actionWords[action.type]?.[language] ?? action.type;
  const fields = action as Record<string, unknown>;
  if (Array.isArray(fields['roles'])) return `${word}${separator[language]}${listWords(fields['roles'].map(String), language)}`;
  if (typeof fields['number'] === 'string') return `${word} ${stepWord[language]} ${fields['number']}`;
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
  const word = language === 'en' ? 'Step' : stepWord[language];
  return `${word} ${step.number}${separator[language]}${step.title}`;
}
