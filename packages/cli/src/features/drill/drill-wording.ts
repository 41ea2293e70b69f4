// The wording of the drill's and `sop progress`'s own lines: the summary language, in Traditional characters for zh-TW documents.
import type { Language, MessageLanguage } from '@sopkit/core/check';
import { summaryWords, type CommandContext } from '../../context.js';

/**
 * `language` (the summary language), or zh-TW where the CLI words its summaries in Traditional characters (every document
 * zh-TW, or zh-TW configured). Note: asks `summaryWords` about a Simplified character rather than restating its rule.
 */
export function drillWording(ctx: CommandContext, documents: readonly { language: string }[], language: MessageLanguage): Language {
  return language === 'zh-CN' && summaryWords(ctx, documents, '练') !== '练' ? 'zh-TW' : language;
}
