// UI strings for the presenters, from locales/<lang>.json (src/i18n/lang.ts picks the language).
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';
import type { Lang } from './lang.js';

const cache = new Map<string, Record<string, string>>();

export type Messages = (key: string, vars?: Record<string, string | number>) => string;

/**
 * A label and its text with the language's punctuation: "Why: …" / "原因：…" ("Why:" / "原因：" alone at the
 * end of a line). `t` is a table with the keys "colon" and "paren" (locales/<lang>.json).
 */
export const labelled = (t: Messages, label: string, text = ''): string => `${label}${text ? t('colon') : t('colon').trimEnd()}${text}`;

/** " (text)" / "（text）": an aside in the language's parentheses. */
export const aside = (t: Messages, text: string): string => t('paren', { text });

/** UI strings of one language; `section` names a sub-folder of locales/ (e.g. "scan"). */
export function messages(lang: Lang, section?: string): Messages {
  // keyed by section and language, so a table already read costs no path.join (every diagnosis asks)
  const key = section ? `${section}/${lang}` : lang;
  let table = cache.get(key);
  if (!table) {
    const file = section ? packagePath('locales', section, `${lang}.json`) : packagePath('locales', `${lang}.json`);
    table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    cache.set(key, table);
  }
  const t = table;
  // a key the table lacks comes back as it is (callers pass plain English messages through this too)
  return (key, vars = {}) => t[key]?.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(vars[k] ?? '')) ?? key;
}
