// UI strings for the presenters, from locales/<lang>.json; the language comes from --lang or the locale.
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';
import type { Lang } from '../engine/rule-types.js';

const cache = new Map<string, Record<string, string>>();

export type Messages = (key: string, vars?: Record<string, string | number>) => string;

/** UI strings of one language; `section` names a sub-folder of locales/ (e.g. "scan"). */
export function messages(lang: Lang, section?: string): Messages {
  const file = section ? packagePath('locales', section, `${lang}.json`) : packagePath('locales', `${lang}.json`);
  let table = cache.get(file);
  if (!table) {
    table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    cache.set(file, table);
  }
  const t = table;
  // a key the table lacks comes back as it is (callers pass plain English messages through this too)
  return (key, vars = {}) => t[key]?.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(vars[k] ?? '')) ?? key;
}

/** The language a flag or a locale names: zh, zh-CN, zh_CN, zh-cn, zh-Hans (any Chinese) → zh-CN; en, en-US, C → en. */
export function normaliseLang(raw: string): Lang | undefined {
  if (/^zh(?:[-_][a-z]{2,4})*(?:\.[\w-]+)?$/i.test(raw)) return 'zh-CN';
  if (/^(?:en(?:[-_][a-z]{2,4})*|c|posix)(?:\.[\w-]+)?$/i.test(raw)) return 'en';
  return undefined;
}

/**
 * The language when no --lang is given: GPU_DOCTOR_LANG, then LC_ALL / LC_MESSAGES / LANG (an empty variable
 * means unset, as in POSIX locale lookup), then the system's own language (the Windows UI language, which
 * Node's ICU reports). Chinese gives zh-CN, anything else English.
 */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const raw = flag || env.GPU_DOCTOR_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || systemLocale();
  return /^zh/i.test(raw) ? 'zh-CN' : 'en';
}

function systemLocale(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return '';
  }
}

export function isLang(s: string): s is Lang {
  return s === 'en' || s === 'zh-CN';
}
