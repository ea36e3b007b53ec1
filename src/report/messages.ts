// UI strings for the presenters, from locales/<lang>.json; the language comes from --lang or the locale.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../engine/rule-types.js';

const cache = new Map<Lang, Record<string, string>>();

function localesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'locales', 'en.json'))) return join(dir, 'locales');
    dir = dirname(dir);
  }
  throw new Error('locales/ not found next to the package');
}

export type Messages = (key: string, vars?: Record<string, string | number>) => string;

export function messages(lang: Lang): Messages {
  let table = cache.get(lang);
  if (!table) {
    table = JSON.parse(readFileSync(join(localesDir(), `${lang}.json`), 'utf8')) as Record<string, string>;
    cache.set(lang, table);
  }
  const t = table;
  return (key, vars = {}) => (t[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(vars[k] ?? ''));
}

/** zh-CN when asked for, or when the environment's locale is Chinese; English otherwise. */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const raw = flag ?? env.GPU_DOCTOR_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^zh/i.test(raw) ? 'zh-CN' : 'en';
}

export function isLang(s: string): s is Lang {
  return s === 'en' || s === 'zh-CN';
}
