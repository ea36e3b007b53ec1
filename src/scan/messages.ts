// UI strings of the scan report, from locales/scan/<lang>.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../engine/rule-types.js';
import type { Messages } from '../report/messages.js';

const cache = new Map<Lang, Record<string, string>>();

function scanLocalesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'locales', 'scan', 'en.json'))) return join(dir, 'locales', 'scan');
    dir = dirname(dir);
  }
  throw new Error('locales/scan/ not found next to the package');
}

export function scanMessages(lang: Lang): Messages {
  let table = cache.get(lang);
  if (!table) {
    table = JSON.parse(readFileSync(join(scanLocalesDir(), `${lang}.json`), 'utf8')) as Record<string, string>;
    cache.set(lang, table);
  }
  const t = table;
  return (key, vars = {}) => (t[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(vars[k] ?? ''));
}
