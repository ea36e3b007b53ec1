// Works out how a log's bytes are encoded, from its first bytes, before any of it is decoded.
// PowerShell 5.1 `>` writes UTF-16LE (often with BOM), Python on Chinese Windows writes GBK,
// everything else is UTF-8. chardet-like guessing is unreliable on BOM-less UTF-16, so we sniff ourselves.
import { isUtf8 } from 'node:buffer';
import { KnownError } from '../errors.js';
import { bufferView } from './buffer-view.js';

export type LogEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;
/** Windows ANSI code pages a redirected Python writes (Chinese, Taiwanese, Japanese, Korean, Cyrillic, Western). */
export type LegacyEncoding = 'gb18030' | 'big5' | 'shift_jis' | 'euc-kr' | 'windows-1251' | 'windows-1252';

export interface SniffResult {
  encoding: LogEncoding;
  /** bytes of byte-order mark to skip */
  bomLength: number;
}

/** Input that cannot be read as a text log. */
export class InputError extends KnownError {}

/** Sniffs the encoding from the head of the input (a few KB is enough). Throws InputError for binary data. */
export function sniffEncoding(head: Uint8Array): SniffResult {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };

  const sample = head.subarray(0, Math.min(head.length, 8192));
  // nearly every log has no NUL byte: then it is not UTF-16 without a BOM (found by a native search instead
  // of a count over every byte pair), and the UTF-8 check is native too, with the JS one only for a sample
  // that may end inside a character; a paste of 10 KB spent ~4 % of its diagnosis in three JS passes here
  const hasNul = sample.indexOf(0) >= 0;
  const utf16 = hasNul ? sniffBomlessUtf16(sample) : null;
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (looksBinary(sample)) throw new InputError('input.binary');
  // (the code page is told from the lines that are not UTF-8: a paste may mix both)
  if (!isUtf8(sample) && !isValidUtf8(sample)) return { encoding: guessLegacyEncoding(nonUtf8Lines(sample)) ?? 'utf-8', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** ASCII text in UTF-16 has a NUL in every other byte; which half tells the byte order. */
function sniffBomlessUtf16(sample: Uint8Array): LogEncoding | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Binary: no text at all (only NUL bytes), or many control characters that no log contains. NUL bytes alone
 * do not make a log binary: a crash log is often padded with zeros (they are dropped when it is decoded).
 */
function looksBinary(sample: Uint8Array): boolean {
  if (sample.length === 0) return false;
  let control = 0;
  let nul = 0;
  // an index, not for…of: the iterator's result objects were most of what a worker allocated per 10 KB log
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) nul++;
    // tab, LF, CR, ESC (ANSI colours) and form feed are normal in logs
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x1b && byte !== 0x0c) control++;
  }
  const rest = sample.length - nul;
  // random bytes have about 10 % such controls; a log, padded with zeros or not, next to none
  return rest === 0 || control > rest * 0.05;
}

/** Strict UTF-8 check; a multi-byte sequence cut at the end of the sample is not an error. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return false;
    if (i + need >= n) return true; // truncated at the sample's end
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += need + 1;
  }
  return true;
}

/** GBK double-byte characters: lead 0x81–0xFE, trail 0x40–0xFE (not 0x7F). */
function looksLikeGbk(sample: Uint8Array): boolean {
  let pairs = 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b < 0x80) continue;
    const t = sample[i + 1];
    if (t === undefined) break;
    if (b >= 0x81 && b <= 0xfe && t >= 0x40 && t <= 0xfe && t !== 0x7f) { pairs++; i++; } else bad++;
  }
  return pairs > 0 && bad <= pairs * 0.1;
}

// Frequent characters of each language, as the legacy code page decodes them. Bytes in the wrong code page decode
// to valid but random characters, which rarely fall in these sets; the right one gives mostly frequent ones
// (and the Windows messages a log carries: 找不到指定的模块, 指定されたモジュールが見つかりません…).
const FREQUENT: Record<LegacyEncoding, RegExp> = {
  gb18030: /[的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心本前开但因只从想实日者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应向头文体相见被利什二等产或新己制身果加西月话合回特代内信表化老给世位次度门任常先通教原东声提立及比员解水名真论处走义各入几口认条平系气题活更别打变四总何电数安少报才结反受目太量再感建务做接必场件计管期直资命金指许统区保至形便空决治展科司五基书非则听白却界达光放强即像难且权思象完设式色路记品住告类求据程边死张该交规万取拉格望觉术领共确传观清今切让识候带导争运笑步改收根干造言联持组每济车亲极服快办议往元证近失转令准布始怎存未远叫台单影具字爱流备连调深算质团集百需价整离况请技际约示复病息究线似官断精满支视消越器容照须增研写称企功包片史委查轻易早曾除找装广显模块载错误页面操作动态链接初始化例败库环境版本安装运行训练显存卡驱]/g,
  big5: /[的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心本前開但因只從想實日者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應向頭文體相見被利什二等產或新己製身果加西月話合回特代內信表化老給世位次度門任常先通教原東聲提立及比員解水名真論處走義各入幾口認條平系氣題活更別打變四總何電數安少報才結反受目太量再感建務做接必場件計管期直資命金指許統區保至形便空決治展科司五基書非則聽白卻界達光放強即像難且權思象完設式色路記品住告類求據程邊死張該交規萬取拉格望覺術領共確傳觀清今切讓識候帶導爭運笑步改收根乾造言聯持組每濟車親極服快辦議往元證近失轉令準布始怎存未遠叫台單影具字愛流備連調深算質團集百需價整離況請技際約示復病息究線似官斷精滿支視消越器容照須增研寫稱企功包片史委查輕易早曾除找裝廣顯模組檔案載錯誤頁分操作態連結初始化例行序敗庫環境版本執顯示卡驅]/g,
  // kana, and the kanji of the usual Windows / Python messages
  shift_jis: /[\u3041-\u3096\u30a1-\u30fa\u30fc指定見失敗初期化実行小操作完了読込設問題環境版本表示]/g,
  'euc-kr': /[이다는을를에의가은하고지기서로수있없할합니습된정도리한대사인여해것그시아적일어나게만으요라오주자전보상록까모듈찾파일작업완료실패초기화루틴페이징너무]/g,
  'windows-1251': /[оеаинтсрвлкмдпуяызьбгчйхжшюОЕАИНТСРВЛКМДПУЯЗБГЧ]/g,
  'windows-1252': /[éèàùçêâîôûëïüáíóúñãõÉÈÀÇÁÍÓÚÑÃÕ«»’]/g,
};
const LEGACY_ORDER = Object.keys(FREQUENT) as LegacyEncoding[];

/**
 * The Windows ANSI code page of bytes that are not UTF-8 (a Python redirected to a file, a cmd.exe `type`):
 * each candidate decodes the sample, and the one whose non-ASCII characters are mostly frequent characters
 * of its language wins. Null when none looks like text.
 */
export function guessLegacyEncoding(sample: Uint8Array): LegacyEncoding | null {
  let best: LegacyEncoding | null = null;
  let bestScore = 0.3; // below this share of frequent characters, no candidate is convincing
  for (const encoding of LEGACY_ORDER) {
    const text = new TextDecoder(encoding).decode(sample);
    let nonAscii = 0;
    let replaced = 0;
    let inLatinWord = 0; // a letter glued to ASCII letters: é in "spécifié" read as Cyrillic й
    let prevLatin = false;
    let prevOther = false;
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      const latin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
      const afterLatin = prevLatin;
      if (latin && prevOther) inLatinWord++;
      prevLatin = latin;
      prevOther = c >= 0x80;
      if (c < 0x80) continue;
      nonAscii++;
      if (c === 0xfffd) replaced++;
      if (afterLatin) inLatinWord++;
    }
    if (nonAscii === 0) continue;
    const frequent = text.match(FREQUENT[encoding])?.length ?? 0;
    const score = (frequent - 2 * replaced - (encoding === 'windows-1251' ? inLatinWord : 0)) / nonAscii;
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best ?? (looksLikeGbk(sample) ? 'gb18030' : null);
}

/** The lines of a sample that are not valid UTF-8 (a line cut inside a character at the sample's end is judged without its incomplete end). */
export function nonUtf8Lines(sample: Uint8Array): Uint8Array {
  const buf = bufferView(sample);
  const parts: Buffer[] = [];
  for (let from = 0; from < buf.length;) {
    const nl = buf.indexOf(0x0a, from);
    const to = nl < 0 ? buf.length : nl + 1;
    const line = buf.subarray(from, to);
    if (!isUtf8(line) && !(nl < 0 && isValidUtf8(line))) parts.push(line);
    from = to;
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}
