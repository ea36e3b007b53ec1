// Which language to answer in: ?lang= when given (and then kept in every link), else the browser's
// Accept-Language, else English.
import { isLang } from '../../src/i18n/lang.js';
import type { Lang } from '../../src/engine/rule-types.js';
import { HttpError } from './http-error.js';

/** The API's ?lang=: absent is English, anything but en / zh-CN is a 400. */
export function apiLang(query: unknown): Lang {
  const lang = (query as { lang?: unknown } | undefined)?.lang;
  if (lang === undefined || lang === '') return 'en';
  if (typeof lang === 'string' && isLang(lang)) return lang;
  throw new HttpError(400, 'bad-request', `unknown language "${String(lang)}" (use en or zh-CN)`);
}

/** The page's language: ?lang= if valid, else the highest-weighted of en / zh in Accept-Language. */
export function pageLang(query: unknown, acceptLanguage: string | undefined): { lang: Lang; explicit: boolean } {
  const asked = (query as { lang?: unknown } | undefined)?.lang;
  if (typeof asked === 'string' && isLang(asked)) return { lang: asked, explicit: true };
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
