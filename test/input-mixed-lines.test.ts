// A paste that mixes UTF-8 lines with lines a Chinese Windows console wrote in GBK (cmd.exe's messages pasted
// into a UTF-8 post, a batch file's echo around Python's UTF-8 output) is decoded line by line: each line reads
// as it was written, whichever encoding comes first, whatever the read size. Real corpus logs are re-encoded so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLines } from '../src/input/read-log.js';
import { sniffEncoding } from '../src/input/decode.js';
import { diagnoseChunks } from '../src/engine/diagnose.js';

const corpusLog = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'corpus', `${name}.log`), 'utf8');

// GBK bytes of each character, from Node's GBK decoder (Node has no GBK encoder)
const GBK = new Map<string, number[]>();
{
  const gbk = new TextDecoder('gbk');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = gbk.decode(Uint8Array.of(hi, lo));
      if (ch.length === 1 && ch !== '\ufffd' && !GBK.has(ch)) GBK.set(ch, [hi, lo]);
    }
  }
}
const gbkBytes = (text: string): Buffer => Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : GBK.get(ch)!)));

/** Every other line holding Chinese in GBK (starting with the first such line, or the second), the rest UTF-8. */
function mixed(log: string, gbkFirst: boolean): Buffer {
  let n = gbkFirst ? 0 : 1;
  return Buffer.concat(log.split('\n').map((line, i, all) => {
    const text = i + 1 < all.length ? `${line}\n` : line;
    return /[^\x00-\x7f]/.test(line) && n++ % 2 === 0 ? gbkBytes(text) : Buffer.from(text, 'utf8');
  }));
}

async function decodeAll(bytes: Buffer, readSize: number): Promise<string> {
  async function* source() { for (let i = 0; i < bytes.length; i += readSize) yield bytes.subarray(i, i + readSize); }
  let text = '';
  for await (const chunk of decodeLines(source())) text += chunk.text;
  return text;
}

describe('UTF-8 and GBK lines in one paste', () => {
  it.each([['lib-cuda-path-not-set-3', 'cuda-path-not-set'], ['mix-zh-cpu-build-1', 'torch-cpu-build']])('%s reads as written and keeps %s, GBK line first or UTF-8 line first', async (name, id) => {
    const log = corpusLog(name);
    for (const gbkFirst of [true, false]) {
      const bytes = mixed(log, gbkFirst);
      expect(bytes.equals(Buffer.from(log, 'utf8'))).toBe(false);
      if (gbkFirst) expect(sniffEncoding(bytes).encoding).toBe('gb18030');
      for (const readSize of [bytes.length, 4096, 7]) expect(await decodeAll(bytes, readSize)).toBe(log);
      const { findings } = await diagnoseChunks(decodeLines([bytes]));
      expect(findings[0]?.rule.id).toBe(id);
    }
  });

  it("cmd.exe's GBK message after a kilobyte of UTF-8 Chinese prose is read as written", async () => {
    const prose = '环境：Windows 11，RTX 4060 Laptop，驱动 546.17，conda 新建的环境 python 3.10。\n'.repeat(40);
    const bytes = Buffer.concat([Buffer.from(prose, 'utf8'), Buffer.from('C:\\Users\\x>nvcc -V\n'), gbkBytes("'nvcc' 不是内部或外部命令，也不是可运行的程序\n"), Buffer.from('或批处理文件。\n', 'utf8')]);
    expect(await decodeAll(bytes, 1000)).toBe(`${prose}C:\\Users\\x>nvcc -V\n'nvcc' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。\n`);
  });
});
