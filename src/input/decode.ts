// Works out how a log's bytes are encoded, from its first bytes, before any of it is decoded.
// PowerShell 5.1 `>` writes UTF-16LE (often with BOM), Python on Chinese Windows writes GBK,
// everything else is UTF-8. chardet-like guessing is unreliable on BOM-less UTF-16, so we sniff ourselves.

export type LogEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface SniffResult {
  encoding: LogEncoding;
  /** bytes of byte-order mark to skip */
  bomLength: number;
}

export class InputError extends Error {}

/** Sniffs the encoding from the head of the input (a few KB is enough). Throws InputError for binary data. */
export function sniffEncoding(head: Uint8Array): SniffResult {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };

  const sample = head.subarray(0, Math.min(head.length, 8192));
  const utf16 = sniffBomlessUtf16(sample);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (looksBinary(sample)) throw new InputError('input looks like binary data, not a text log');
  if (!isValidUtf8(sample) && looksLikeGbk(sample)) return { encoding: 'gb18030', bomLength: 0 };
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

/** Binary: NUL bytes, or many control characters that no log contains. */
function looksBinary(sample: Uint8Array): boolean {
  if (sample.length === 0) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // tab, LF, CR, ESC (ANSI colours) and form feed are normal in logs
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x1b && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.1;
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
