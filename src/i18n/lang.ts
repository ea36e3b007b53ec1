// The languages gpu-doctor answers in, and the one parser of how people and systems spell them: the CLI's
// --lang and locale variables, the Discord bot's config and the GitHub Action's `language` input all use it,
// so "zh_CN" means the same everywhere.

export type Lang = 'en' | 'zh-CN';

export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

// Any Chinese tag (zh, zh-CN, zh_CN, zh-cn, zh-Hans, zh-Hans-CN, zh_CN.UTF-8, zh_CN.GB18030@pinyin) is zh-CN:
// the only Chinese the messages are written in. English tags and the C / POSIX locales are English.
// Read by splitting, not by a pattern: the web server and the Discord bot call it on their main thread.
const CHINESE_NAMES = new Set(['zh', 'chinese', '中文']);
const ENGLISH_NAMES = new Set(['en', 'english', 'c', 'posix']);
const SUBTAG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const CODESET_CHARS = SUBTAG_CHARS + '_-';

function allOf(s: string, chars: string): boolean {
  for (const ch of s) if (!chars.includes(ch)) return false;
  return true;
}

/** `zh_CN.UTF-8@pinyin` → its language name `zh`, or undefined when a part is malformed. */
function languageName(tag: string): string | undefined {
  const at = tag.indexOf('@');
  const modifier = at < 0 ? undefined : tag.slice(at + 1);
  const beforeModifier = at < 0 ? tag : tag.slice(0, at);
  const dot = beforeModifier.indexOf('.');
  const codeset = dot < 0 ? undefined : beforeModifier.slice(dot + 1);
  const locale = dot < 0 ? beforeModifier : beforeModifier.slice(0, dot);
  if (modifier !== undefined && (modifier === '' || !allOf(modifier, CODESET_CHARS.slice(0, -1)))) return undefined;
  if (codeset !== undefined && (codeset === '' || !allOf(codeset, CODESET_CHARS))) return undefined;
  const [name = '', ...subtags] = locale.replaceAll('_', '-').split('-');
  // region and script subtags follow only a two-letter code (zh-Hans-CN), not a word such as "chinese"
  if (subtags.length > 0 && name.length !== 2) return undefined;
  const subtagsOk = subtags.every((t) => t.length >= 2 && t.length <= 8 && allOf(t, SUBTAG_CHARS));
  return subtagsOk ? name : undefined;
}

/** The language a flag, a config value or a locale names; undefined when it names neither (e.g. "fr", "zhx"). */
export function parseLang(raw: string): Lang | undefined {
  const name = languageName(raw.trim().toLowerCase());
  if (name === undefined) return undefined;
  if (CHINESE_NAMES.has(name)) return 'zh-CN';
  if (ENGLISH_NAMES.has(name)) return 'en';
  return undefined;
}

/**
 * The language when no flag is given: GPU_DOCTOR_LANG, then LC_ALL / LC_MESSAGES / LANG (an empty variable
 * means unset, as in POSIX locale lookup), then the system's own language (the Windows UI language, which
 * Node's ICU reports). A locale that names neither language (fr_FR.UTF-8) gives English.
 */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const raw = flag || env.GPU_DOCTOR_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || systemLocale();
  return parseLang(raw) ?? 'en';
}

function systemLocale(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return '';
  }
}
