// NUL bytes (issue 10, item 7): one NUL in the first 8 KB made a short crash log with zero padding "binary".
// NULs are dropped and the user told; only input with no text, or mostly control characters, is binary.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeLines, type DecodeStats } from '../src/input/read-log.js';
import { InputError } from '../src/input/decode.js';
import { ensureBuilt } from './built-cli.js';

const CRASH = 'Traceback (most recent call last):\nRuntimeError: CUDA error: no kernel image is available for execution on the device\n';

async function decode(bytes: Buffer): Promise<{ text: string; stats: DecodeStats }> {
  const stats = { nulBytes: 0 };
  let text = '';
  async function* once(): AsyncGenerator<Buffer> { yield bytes; }
  for await (const c of decodeLines(once(), 'crash.log', stats)) text += c.text;
  return { text, stats };
}

let dir: string;
let CLI: string;
beforeAll(() => { CLI = ensureBuilt(); dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-nul-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('NUL bytes in a log', () => {
  it('a crash log padded with zeros is decoded without them, and the count is reported', async () => {
    const r = await decode(Buffer.concat([Buffer.from(CRASH), Buffer.alloc(4096)]));
    expect(r.text).toBe(CRASH);
    expect(r.stats.nulBytes).toBe(4096);
  });

  it('a NUL inside a line is dropped, the line is kept (GBK text too)', async () => {
    const gbk = Buffer.from([0xd5, 0xd2, 0xb2, 0xbb, 0xb5, 0xbd, 0xd6, 0xb8, 0xb6, 0xa8, 0xb5, 0xc4, 0xc4, 0xa3, 0xbf, 0xe9]); // 找不到指定的模块
    const r = await decode(Buffer.concat([Buffer.from('ImportError: DLL load failed: '), Buffer.from([0]), gbk, Buffer.from('\n')]));
    expect(r.text).toBe('ImportError: DLL load failed: 找不到指定的模块\n');
    expect(r.stats.nulBytes).toBe(1);
  });

  it('UTF-16 keeps its NULs: they are half of its characters', async () => {
    const r = await decode(Buffer.from('\ufeffCUDA out of memory\n', 'utf16le'));
    expect(r.text).toBe('CUDA out of memory\n');
    expect(r.stats.nulBytes).toBe(0);
  });

  it('only zeros, or mostly control characters, is still binary', async () => {
    await expect(decode(Buffer.alloc(8192))).rejects.toBeInstanceOf(InputError);
    const noise = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 37) % 32));
    await expect(decode(noise)).rejects.toThrow(/binary/);
  });

  it('gpu-doctor diagnose says what it dropped and diagnoses the rest', () => {
    const file = join(dir, 'crash.log');
    writeFileSync(file, Buffer.concat([Buffer.from(CRASH), Buffer.alloc(6000)]));
    const r = spawnSync(process.execPath, [CLI, 'diagnose', '--json', file], { encoding: 'utf8', env: { ...process.env, LANG: 'C', GPU_DOCTOR_LANG: '' } });
    expect(r.stderr).toBe(`gpu-doctor: note: 6000 NUL byte(s) were dropped from ${file} (zero padding); the rest was diagnosed\n`);
    expect((JSON.parse(r.stdout) as { findings: Array<{ id: string }> }).findings[0]!.id).toBe('no-kernel-image');
    expect(r.status).toBe(1);
  });
});
