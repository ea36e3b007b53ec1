// One parser of language names (issue 11, item 11): the CLI's --lang, the Discord bot's config, the GitHub
// Action's `language` input and the web server's ?lang= read the same spellings the same way, and all refuse
// the same unknown ones.
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../adapters/github/options.js';
import { loadBotConfig } from '../adapters/discord/config.js';
import { parseLang, resolveLang } from '../src/i18n/lang.js';
import { parseCommand } from '../src/cli/options.js';
import { apiLang } from '../adapters/web/lang.js';

const CHINESE = ['zh', 'zh-CN', 'zh_CN', 'zh-cn', 'ZH-CN', 'zh-Hans', 'zh-Hans-CN', 'zh_CN.UTF-8', 'zh_CN.GB18030', 'chinese'];
const ENGLISH = ['en', 'en-US', 'en_GB.UTF-8', 'english', 'C', 'POSIX', 'C.UTF-8'];
const NEITHER = ['fr', 'zhx', 'enabled', 'de_DE.UTF-8', 'zh-', 'zh.', 'zh@', 'zh-x', 'zh-abcdefghi', 'chinese-CN', 'en_US.UTF-8@'];

/** Each front-end's reading of one spelling: the language, or 'refused'. */
function readings(spelling: string): Record<string, string> {
  const attempt = (f: () => string): string => { try { return f(); } catch { return 'refused'; } };
  return {
    cli: attempt(() => parseCommand(['--lang', spelling], { options: {}, env: {} }).settings.lang),
    discord: attempt(() => loadBotConfig({ DISCORD_TOKEN: 't', GPU_DOCTOR_BOT_LANG: spelling }).defaultLang),
    github: attempt(() => parseOptions({ language: spelling }).language as string),
    web: attempt(() => apiLang({ lang: spelling })),
  };
}

describe('language spellings', () => {
  it('every front-end reads every Chinese spelling as zh-CN', () => {
    for (const s of CHINESE) expect([s, readings(s)]).toEqual([s, { cli: 'zh-CN', discord: 'zh-CN', github: 'zh-CN', web: 'zh-CN' }]);
  });
  it('every front-end reads every English spelling as en', () => {
    for (const s of ENGLISH) expect([s, readings(s)]).toEqual([s, { cli: 'en', discord: 'en', github: 'en', web: 'en' }]);
  });
  it('every front-end refuses a language it has no messages for', () => {
    for (const s of NEITHER) expect([s, readings(s)]).toEqual([s, { cli: 'refused', discord: 'refused', github: 'refused', web: 'refused' }]);
  });
  it('locale variables use the same parser, and a locale of another language falls back to English', () => {
    expect(resolveLang(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(resolveLang(undefined, { LC_ALL: 'zh_TW.Big5' })).toBe('zh-CN');
    expect(resolveLang(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(parseLang(' zh-Hans ')).toBe('zh-CN');
  });
});
