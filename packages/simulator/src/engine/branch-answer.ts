// The answer a decision branch gives, as the SOP's own words: its text, its sub-items, or its actions named in the document's language.
import { keywordEntry, type ActionJson, type BranchJson, type DecisionJson, type KeywordKind, type Language } from '@sopkit/core';

const separators: Record<Language, string> = { 'zh-CN': '；', 'zh-TW': '；', en: '; ' };
const colons: Record<Language, string> = { 'zh-CN': '：', 'zh-TW': '：', en: ': ' };

/** A keyword's line as the document's language punctuates it: 「负责：信息员」, `Owner: Front desk`. */
export function keywordLine(kind: KeywordKind, text: string, language: Language): string {
  return `${keyword(kind, language)}${colons[language]}${text}`;
}

/** The canonical keyword of a kind in a language (e.g. `上报`, `工步`). */
export function keyword(kind: KeywordKind, language: Language): string {
  return keywordEntry(kind).words[language][0] ?? kind;
}

/** An action as a short line named by its keyword (「上报 中心」, 「改约：特殊情况下」), or null for `continue`, which says nothing a trainee could choose. */
export function actionLabel(action: ActionJson, language: Language): string | null {
  switch (action.type) {
    case 'escalate':
    case 'notify':
      return `${keyword(action.type, language)} ${action.roles.join(language === 'en' ? ', ' : '、')}`;
    case 'goto':
    case 'return':
      return `${keyword(action.type, language)} ${keyword('step', language)} ${action.number}`;
    case 'reschedule':
    case 'end':
      return action.text === null ? keyword(action.type, language) : `${keyword(action.type, language)}${colons[language]}${action.text}`;
    case 'continue':
      return null;
  }
}

/** What a branch says to do, or null when it only continues. */
export function branchAnswer(branch: BranchJson, language: Language): string | null {
  if (branch.text && branch.text.trim() !== '') return branch.text;
  if (branch.items.length > 0) return branch.items.join(separators[language]);
  const labels = branch.actions.map((a) => actionLabel(a, language)).filter((l): l is string => l !== null);
  return labels.length > 0 ? labels.join(separators[language]) : null;
}

/** A branch as the document says it: `是`, `否`, `否则`, or its `当` condition. */
export function branchLabel(branch: BranchJson, language: Language): string {
  return branch.kind === 'when' ? (branch.condition ?? keyword('when', language)) : keyword(branch.kind, language);
}

/** The situation a branch answers: its decision's question and the branch (「符合退机或换机条件? → 否」). */
export function branchSituation(decision: DecisionJson, branch: BranchJson, language: Language): string {
  return `${decision.question} → ${branchLabel(branch, language)}`;
}

/** The roles a remedy's or branch's own actions escalate to (`上报`). */
export function escalatedRoles(actions: readonly ActionJson[]): string[] {
  return actions.flatMap((a) => (a.type === 'escalate' ? a.roles : []));
}
