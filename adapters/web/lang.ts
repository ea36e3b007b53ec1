// Which language to answer in: ?lang= when given (and then kept in every link, spelt as the canonical tag),
// else the browser's Accept-Language, else English. ?lang= is read by the one parser of language names the
// CLI, the Discord bot and the Action use (src/i18n/lang.ts), so zh, zh-cn and zh_CN mean zh-CN here too.
import { parseLang } from '../../src/i18n/lang.js';
import type { Lang } from '../../src/engine/rule-types.js';
import { HttpError } from './http-error.js';

// no language tag or locale name is longer; a longer value is refused before any pattern sees it
const MAX_LANG_CHARS = 40;

function queryLang(query: unknown): unknown {
  return (query as { lang?: unknown } | undefined)?.lang;
}

function readLang(value: unknown): Lang | undefined {
  return typeof value === 'string' && value.length <= MAX_LANG_CHARS ? parseLang(value) : undefined;
}

/** The API's ?lang=: absent is English, a spelling of neither language is a 400. */
export function apiLang(query: unknown): Lang {
  const asked = queryLang(query);
  if (asked === undefined || asked === '') return 'en';
  const lang = readLang(asked);
  if (lang) return lang;
  const shown = String(asked).slice(0, MAX_LANG_CHARS);
  throw new HttpError(400, 'bad-request', `unknown language "${shown}" (use en or zh-CN)`);
}

/** The page's language: ?lang= if it names one, else the highest-weighted of en / zh in Accept-Language. */
export function pageLang(query: unknown, acceptLanguage: string | undefined): { lang: Lang; explicit: boolean } {
  const asked = readLang(queryLang(query));
  if (asked) return { lang: asked, explicit: true };
  return { lang: browserLang(acceptLanguage ?? ''), explicit: false };
}

export function browserLang(header: string): Lang {
  let best: Lang = 'en';
  let bestQ = -1;
  for (const item of header.split(',').slice(0, 20)) {
    const [tag = '', ...params] = item.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const lang: Lang | null = tag.startsWith('zh') ? 'zh-CN' : tag.startsWith('en') ? 'en' : null;
    if (lang && Number.isFinite(q) && q > bestQ) { best = lang; bestQ = q; }
  }
  return best;
}
