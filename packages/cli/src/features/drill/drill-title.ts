// The title `sop drill` shows in the screen's header: the process, or the first of several and how many there are, so
// that the trainee's name and the mode after it still fit on an 80-column line.
import type { MessageLanguage } from '@sopkit/core';

/** 「上门服务流程规范指导BOM」, or 「售后服务管理制度 等 5 个流程」 / `Welcome a walk-in customer and 1 more`. */
export function drillTitle(titles: readonly string[], language: MessageLanguage): string {
  const [first = ''] = titles;
  if (titles.length <= 1) return first;
  return language === 'en' ? `${first} and ${titles.length - 1} more` : `${first} 等 ${titles.length} 个流程`;
}
