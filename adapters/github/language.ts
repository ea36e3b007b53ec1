// Picks the comment's language. "auto" answers in Chinese when the issue's own words (not its logs, which
// are English whatever the user speaks) are mostly Chinese; Japanese (kana) and English stay English.
import type { Lang } from '../../src/engine/rule-types.js';

export type LanguageSetting = Lang | 'auto';

const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;
/** below this many Han characters a title like "CUDA 报错" is too little to go by */
const MIN_HAN = 4;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** Chinese when Han characters are a real share of the prose: one Han character counts like one word. */
export function detectLanguage(prose: string): Lang {
  const han = count(prose, HAN);
  if (han < MIN_HAN || count(prose, KANA) * 5 > han) return 'en';
  return han >= count(prose, LATIN_WORD) / 2 ? 'zh-CN' : 'en';
}

export function chooseLanguage(setting: LanguageSetting, prose: string): Lang {
  return setting === 'auto' ? detectLanguage(prose) : setting;
}
