// Decoding real-shaped input: the encodings Windows and Linux tools write, BOMs, CRLF, reads cut anywhere,
// and the inputs that must be refused (binary, empty, whitespace only).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLines, openLogFile, type DecodedChunk } from '../src/input/read-log.js';
import { InputError, sniffEncoding } from '../src/input/decode.js';
import { diagnoseChunks } from '../src/engine/diagnose.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'encodings');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** Feeds bytes to decodeLines in reads of `size` bytes (a pipe or a slow network cuts anywhere). */
function pieces(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

async function decodeAll(source: Buffer[], label = 'test input'): Promise<{ text: string; chunks: DecodedChunk[] }> {
  const chunks: DecodedChunk[] = [];
  for await (const c of decodeLines(source, label)) chunks.push(c);
  return { text: chunks.map((c) => c.text).join(''), chunks };
}

const TF_LINES = [
  'PS C:\\Users\\dev\\unet> python train.py',
  '2023-03-14 21:05:11.482913: I tensorflow/core/platform/cpu_feature_guard.cc:193] This TensorFlow binary is optimized with oneAPI Deep Neural Network Library (oneDNN) to use the following CPU instructions in performance-critical operations:  AVX AVX2',
  'Epoch 1/20',
  'Could not locate zlibwapi.dll. Please make sure it is in your library path!',
  '',
  'Process finished with exit code -1073740791 (0xC0000409)',
];

describe('encodings', () => {
  it.each([
    ['powershell-utf16le-bom.log', 'utf-16le', '\r\n'],
    ['utf16le-nobom.log', 'utf-16le', '\r\n'],
    ['utf16be-bom.log', 'utf-16be', '\r\n'],
    ['utf16be-nobom.log', 'utf-16be', '\r\n'],
    ['utf8-bom.log', 'utf-8', '\n'],
  ])('%s decodes to the original text (no BOM character, no replacement characters)', async (name, encoding, eol) => {
    const bytes = fixture(name);
    expect(sniffEncoding(bytes).encoding).toBe(encoding);
    for (const size of [1, 3, 4096, 1 << 20]) {
      const { text } = await decodeAll(pieces(bytes, size));
      expect(text).toBe(TF_LINES.join(eol) + eol);
    }
  });

  it.each(['powershell-utf16le-bom.log', 'utf16be-nobom.log', 'utf8-bom.log'])('%s: findings point at line 4 of the decoded log', async (name) => {
    const { findings } = await diagnoseChunks(decodeLines(pieces(fixture(name), 5), name));
    const zlib = findings.find((f) => f.rule.id === 'zlibwapi-missing');
    expect(zlib?.evidence.map((e) => e.line)).toContain(4);
    expect(zlib?.evidence[0]?.text).toBe(TF_LINES[3]);
  });

  it.each(['gbk-dll-load-failed.log', 'gb18030-dll-load-failed.log'])('%s (Chinese Windows console) decodes and is diagnosed', async (name) => {
    const bytes = fixture(name);
    expect(sniffEncoding(bytes).encoding).toBe('gb18030');
    const { text } = await decodeAll(pieces(bytes, 7));
    const user = name.startsWith('gb18030') ? '张伟€' : '张伟'; // € is A2E3 in GB18030 (code page 936 has it as 0x80)
    expect(text).toContain(`C:\\Users\\${user}\\项目> python train.py\r\n`);
    expect(text).toContain('ImportError: DLL load failed while importing _pywrap_tensorflow_internal: 找不到指定的模块。\r\n');
    expect(text).not.toContain('\ufffd');
    const { findings } = await diagnoseChunks(decodeLines([bytes], name));
    const dll = findings.find((f) => f.rule.id === 'dll-load-failed');
    expect(dll?.evidence[0]).toEqual({ line: 5, text: 'ImportError: DLL load failed while importing _pywrap_tensorflow_internal: 找不到指定的模块。' });
  });

  it('keeps UTF-8 multi-byte characters intact when a read cuts through them', async () => {
    const text = '训练开始 ✓\nEpoch 1/3 ██████ 100%\nCould not locate zlibwapi.dll — 找不到\n';
    for (const size of [1, 2, 5]) expect((await decodeAll(pieces(Buffer.from(text), size))).text).toBe(text);
  });

  it('hands UTF-8 on as bytes of whole lines, and decodes on demand', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `step ${i} loss 0.${i}`);
    const { chunks, text } = await decodeAll(pieces(Buffer.from(lines.join('\n') + '\n'), 65536));
    expect(chunks.length).toBeGreaterThan(0);
    for (const c of chunks) {
      expect(c.bytes).toBeInstanceOf(Uint8Array);
      expect(c.bytes![c.bytes!.length - 1]).toBe(0x0a); // every chunk ends at a line break
    }
    expect(text.split('\n').slice(0, -1)).toEqual(lines);
  });

  it('keeps CRLF as it is (the scanner strips the CR), and counts lines by LF', async () => {
    const crlf = 'a\r\nb\r\n\r\nCould not locate zlibwapi.dll\r\n';
    expect((await decodeAll([Buffer.from(crlf)])).text).toBe(crlf);
    const { findings } = await diagnoseChunks(decodeLines([Buffer.from(crlf)]));
    expect(findings.find((f) => f.rule.id === 'zlibwapi-missing')?.evidence[0]).toEqual({ line: 4, text: 'Could not locate zlibwapi.dll' });
  });
});

describe('input that is refused', () => {
  const refused = async (source: Buffer[]) => {
    const err = await decodeAll(source, 'log.txt').then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  };

  it('empty input', async () => {
    expect(await refused([])).toBe('log.txt is empty');
    expect(await refused([Buffer.alloc(0)])).toBe('log.txt is empty');
  });

  it('whitespace only, in any encoding', async () => {
    expect(await refused([Buffer.from(' \n\t\r\n   \n')])).toBe('log.txt is empty');
    expect(await refused([Buffer.from('\u3000\u00a0\n \n')])).toBe('log.txt is empty'); // ideographic and no-break spaces
    expect(await refused([Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' \r\n \r\n', 'utf16le')])])).toBe('log.txt is empty');
    expect(await refused([Buffer.from([0xef, 0xbb, 0xbf])])).toBe('log.txt is empty'); // a BOM and nothing else
  });

  it('binary data (an executable, a zip)', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64, 0), Buffer.from('GCC: (GNU) 11.2')]);
    expect(await refused([elf])).toMatch(/binary/);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00, 0x00, 0x00]);
    expect(await refused([zip])).toMatch(/binary/);
  });

  it('a read error becomes a one-line InputError naming the input', async () => {
    async function* failing(): AsyncGenerator<Buffer> {
      yield Buffer.from('first line\n');
      throw Object.assign(new Error('EACCES: permission denied, read'), { code: 'EACCES' });
    }
    const err = await (async () => { for await (const _ of decodeLines(failing(), 'log.txt')) { /* drain */ } })().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe('cannot read log.txt: permission denied');
  });
});

describe('very long lines', () => {
  it('a line longer than the carry limit is handed on in pieces, and the next line keeps its number', async () => {
    const long = 'x'.repeat(5 << 20) + ' Could not locate zlibwapi.dll';
    const input = Buffer.from(`first\n${long}\nCould not locate zlibwapi.dll\n`);
    const { chunks, text } = await decodeAll(pieces(input, 1 << 20));
    expect(text).toBe(input.toString());
    expect(Math.max(...chunks.map((c) => c.text.length))).toBeLessThan(5 << 20);
    const { findings, lines } = await diagnoseChunks(decodeLines(pieces(input, 1 << 20)));
    expect(lines).toBe(3);
    expect(findings.find((f) => f.rule.id === 'zlibwapi-missing')?.evidence.map((e) => e.line)).toContain(3);
  });
});

describe('a file, read through one reused buffer', () => {
  it('gives the same text, findings and line numbers as the file in memory, with lines cut by every read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-reads-'));
    try {
      // a line cut by the first 1 MB read, a line longer than a read (carried over two reads), a log pasted with a
      // console wrap near a read's end (the wrap joiner holds the open line), and a last line without its newline
      const filler = (n: number) => Array.from({ length: n }, (_, i) => `Epoch ${i % 50}/50 - loss: 0.${(i * 7919) % 10000} - ${'x'.repeat(i % 97)}`).join('\n');
      let head = filler(9_000);
      head += '\n' + 'y'.repeat((1 << 20) - 40 - Buffer.byteLength(head)) + '\nCould not locate zlibwapi.dll. Please make sure it is in your library path!\n';
      const input = Buffer.from(head + filler(4_000) + '\n' + 'z'.repeat(1_500_000) + ' Could not locate zlibwapi.dll\n' + filler(9_000)
        + "\nRuntimeError: CUDA error: no kernel image is available for execution on the device\nProcess finished with exit code -1073740791 (0xC0000409)");
      const path = join(dir, 'big.log');
      writeFileSync(path, input);
      let text = '';
      for await (const chunk of decodeLines(await openLogFile(path), path)) text += chunk.text;
      expect(text).toBe(input.toString());
      const fromFile = await diagnoseChunks(decodeLines(await openLogFile(path), path));
      const inMemory = await diagnoseChunks(decodeLines([input], path));
      expect(fromFile.lines).toBe(inMemory.lines);
      expect(fromFile.findings.map((f) => [f.rule.id, f.evidence])).toEqual(inMemory.findings.map((f) => [f.rule.id, f.evidence]));
      expect(fromFile.findings.find((f) => f.rule.id === 'zlibwapi-missing')?.evidence.map((e) => e.line)).toEqual([9_002, 13_003]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
