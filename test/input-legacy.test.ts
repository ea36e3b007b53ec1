// Logs written by a redirected Python on a localised Windows are in the ANSI code page, not UTF-8: the code
// page is recognised from the bytes (also when the first KB are plain ASCII), and the localised message reaches
// the rules. The byte strings are the Windows messages as Python's codecs encode them.
import { describe, expect, it } from 'vitest';
import { guessLegacyEncoding, sniffEncoding } from '../src/input/decode.js';
import { decodeLines } from '../src/input/read-log.js';
import { diagnoseChunks } from '../src/engine/diagnose.js';

const MESSAGES: Record<string, [string, number[]]> = {
  gb18030: ['动态链接库(DLL)初始化例程失败。', [182, 175, 204, 172, 193, 180, 189, 211, 191, 226, 40, 68, 76, 76, 41, 179, 245, 202, 188, 187, 175, 192, 253, 179, 204, 202, 167, 176, 220, 161, 163]],
  big5: ['找不到指定的模組。', [167, 228, 164, 163, 168, 236, 171, 252, 169, 119, 170, 186, 188, 210, 178, 213, 161, 67]],
  shift_jis: ['指定されたモジュールが見つかりません。', [142, 119, 146, 232, 130, 179, 130, 234, 130, 189, 131, 130, 131, 87, 131, 133, 129, 91, 131, 139, 130, 170, 140, 169, 130, 194, 130, 169, 130, 232, 130, 220, 130, 185, 130, 241, 129, 66]],
  'euc-kr': ['페이징 파일이 너무 작아 이 작업을 완료할 수 없습니다.', [198, 228, 192, 204, 194, 161, 32, 198, 196, 192, 207, 192, 204, 32, 179, 202, 185, 171, 32, 192, 219, 190, 198, 32, 192, 204, 32, 192, 219, 190, 247, 192, 187, 32, 191, 207, 183, 225, 199, 210, 32, 188, 246, 32, 190, 248, 189, 192, 180, 207, 180, 217, 46]],
  'windows-1251': ['Не найден указанный модуль.', [205, 229, 32, 237, 224, 233, 228, 229, 237, 32, 243, 234, 224, 231, 224, 237, 237, 251, 233, 32, 236, 238, 228, 243, 235, 252, 46]],
  'windows-1252': ['Le fichier de pagination est insuffisant pour terminer cette opération.', [76, 101, 32, 102, 105, 99, 104, 105, 101, 114, 32, 100, 101, 32, 112, 97, 103, 105, 110, 97, 116, 105, 111, 110, 32, 101, 115, 116, 32, 105, 110, 115, 117, 102, 102, 105, 115, 97, 110, 116, 32, 112, 111, 117, 114, 32, 116, 101, 114, 109, 105, 110, 101, 114, 32, 99, 101, 116, 116, 101, 32, 111, 112, 233, 114, 97, 116, 105, 111, 110, 46]],
};

async function decodeAll(bytes: Buffer, readSize = bytes.length): Promise<string> {
  async function* source() { for (let i = 0; i < bytes.length; i += readSize) yield bytes.subarray(i, i + readSize); }
  let text = '';
  for await (const chunk of decodeLines(source())) text += chunk.text;
  return text;
}

describe('Windows ANSI code pages', () => {
  for (const [encoding, [message, bytes]] of Object.entries(MESSAGES)) {
    it(`recognises ${encoding} from one localised message and decodes it`, async () => {
      const line = Buffer.concat([Buffer.from('OSError: [WinError 126] '), Buffer.from(bytes), Buffer.from(' Error loading "x.dll"\r\n')]);
      expect(guessLegacyEncoding(line)).toBe(encoding);
      expect(sniffEncoding(line).encoding).toBe(encoding);
      expect(await decodeAll(line)).toContain(message);
    });
  }

  it('leaves UTF-8 and plain ASCII alone', () => {
    expect(sniffEncoding(Buffer.from('页面文件太小，无法完成操作。 Не найден указанный модуль.\n')).encoding).toBe('utf-8');
    expect(guessLegacyEncoding(Buffer.from('ImportError: DLL load failed\n'))).toBeNull();
  });

  it('switches to the code page when it shows up only after the first KB of ASCII, whatever the read size', async () => {
    const head = Array.from({ length: 3000 }, (_, i) => `[${i}] step ${i} loss=0.${i}`).join('\r\n') + '\r\n';
    const tail = Buffer.concat([Buffer.from('ImportError: DLL load failed while importing _pywrap_tensorflow_internal: '), Buffer.from(MESSAGES.gb18030![1]), Buffer.from('\r\n')]);
    const bytes = Buffer.concat([Buffer.from(head), tail]);
    expect(bytes.length).toBeGreaterThan(16384);
    for (const readSize of [bytes.length, 65536, 4099]) {
      const text = await decodeAll(bytes, readSize);
      expect(text.endsWith('_pywrap_tensorflow_internal: 动态链接库(DLL)初始化例程失败。\r\n')).toBe(true);
      expect(text.startsWith('[0] step 0')).toBe(true);
    }
    async function* source() { yield bytes; }
    const chunks = [];
    for await (const c of decodeLines(source())) chunks.push(c);
    const { findings } = await diagnoseChunks(chunks);
    expect(findings[0]?.rule.id).toBe('dll-init-failed');
    expect(findings[0]?.evidence[0]?.line).toBe(3001);
  });

  it('keeps UTF-8 when a read ends inside a multi-byte character (no switch to a code page, no mojibake)', async () => {
    // progress bars and Chinese text are common in UTF-8 training logs; reads of 1 MB cut them anywhere
    const line = 'Epoch 1/20 ██████████ 100% 训练中 loss=0.123\n';
    const bytes = Buffer.from(line.repeat(Math.ceil((3 << 20) / Buffer.byteLength(line))));
    for (const readSize of [(1 << 20) + 1, (1 << 20) + 2, 65537]) {
      const text = await decodeAll(bytes, readSize);
      expect(text.length).toBe(bytes.toString('utf8').length);
      expect(text.includes('\ufffd')).toBe(false);
      expect(text.slice(-line.length)).toBe(line);
    }
  });
});
