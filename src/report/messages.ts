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
  return (key, vars = {}) => (t[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(vars[k] ?? ''));
}

/** zh-CN when asked for, or when the environment's locale is Chinese; English otherwise. */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  // an empty variable means unset, as in POSIX locale lookup
  const raw = flag || env.GPU_DOCTOR_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(raw) ? 'zh-CN' : 'en';
}

export function isLang(s: string): s is Lang {
  return s === 'en' || s === 'zh-CN';
}
