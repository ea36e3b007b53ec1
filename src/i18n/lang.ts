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
const CHINESE = /^(?:zh(?:[-_][a-z0-9]{2,8})*|chinese|中文)(?:\.[\w-]+)?(?:@\w+)?$/i;
const ENGLISH = /^(?:en(?:[-_][a-z0-9]{2,8})*|english|c|posix)(?:\.[\w-]+)?(?:@\w+)?$/i;

/** The language a flag, a config value or a locale names; undefined when it names neither (e.g. "fr", "zhx"). */
export function parseLang(raw: string): Lang | undefined {
  const s = raw.trim();
  if (CHINESE.test(s)) return 'zh-CN';
  if (ENGLISH.test(s)) return 'en';
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
