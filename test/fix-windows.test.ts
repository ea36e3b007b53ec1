// Windows actions against a fake HKCU\Environment (and temporary folders standing in for C:\), with the
// same journal and undo as on Linux.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlan } from '../src/fix/planner.js';
import { applyPlan } from '../src/fix/executor.js';
import { undoRun } from '../src/fix/undo.js';
import { readRun } from '../src/fix/journal.js';
import { RegExeRegistry, parseRegQuery } from '../src/fix/registry.js';
import { isX64Dll } from '../src/fix/builders.js';
import type { Runner } from '../src/fix/types.js';
import { FakeRegistry, finding, scanOf, tempDirs, windowsHost, WINDOWS_CUDA } from './fix-helpers.js';

let t: ReturnType<typeof tempDirs>;
beforeEach(() => { t = tempDirs(); mkdirSync(t.home, { recursive: true }); });
afterEach(() => t.cleanup());

const CUDA = WINDOWS_CUDA;
// a real-shaped user PATH well over setx's 1,024-character limit, with %VARS% that must stay unexpanded
const LONG_PATH = [
  '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps',
  ...Array.from({ length: 30 }, (_, i) => `C:\\Users\\me\\AppData\\Local\\Programs\\Tool ${i}\\bin`),
  '%JAVA_HOME%\\bin',
  'D:\\Anaconda3\\Library\\mingw-w64\\bin',
].join(';') + ';';

function pe(machine: number): Buffer {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  b.writeUInt16LE(machine, 0x84);
  return b;
}

describe('Windows user environment through the registry', () => {
  it('appends to a PATH longer than 1,024 characters without losing a byte, and undo restores it exactly', async () => {
    expect(LONG_PATH.length).toBeGreaterThan(1024);
    const reg = new FakeRegistry({ Path: { type: 'REG_EXPAND_SZ', value: LONG_PATH } });
    const host = windowsHost(t.home, t.doctor, reg);
    const scan = scanOf([finding('cuda-path-not-set', [{ builder: 'cuda-on-path' }])], { cudaRoot: CUDA });
    const plan = await buildPlan(scan, host);
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]!.preview[0]).toContain('REG_EXPAND_SZ');

    const r = await applyPlan(plan, host, t.doctor, { findings: ['cuda-path-not-set'], argv: [] });
    const after = await reg.get('PATH');
    expect(after).toEqual({ type: 'REG_EXPAND_SZ', value: `${LONG_PATH}${CUDA}\\bin` });
    expect(reg.broadcasts).toBe(1);
    // the journal holds the value before, for undo, like a Linux run holds the file's backup
    const run = readRun(t.doctor, r.run!)!;
    expect(run.status).toBe('complete');
    expect(run.intents[0]!.change).toMatchObject({ kind: 'registry', before: { value: LONG_PATH }, added: [`${CUDA}\\bin`] });

    // already there (even written with another case and a trailing backslash): nothing to do
    reg.values.get('path')!.v.value = `${LONG_PATH}${CUDA.toLowerCase()}\\BIN\\`;
    expect((await buildPlan(scan, host)).changes).toHaveLength(0);
    reg.values.get('path')!.v.value = after!.value;

    await undoRun(t.doctor, host);
    expect(await reg.get('Path')).toEqual({ type: 'REG_EXPAND_SZ', value: LONG_PATH });
    expect(reg.broadcasts).toBe(2);
  });

  it('undo removes only its own entry when the user changed PATH since', async () => {
    const reg = new FakeRegistry({ Path: { type: 'REG_EXPAND_SZ', value: 'C:\\a;%SystemRoot%\\b' } });
    const host = windowsHost(t.home, t.doctor, reg);
    await applyPlan(await buildPlan(scanOf([finding('cuda-path-not-set', [{ builder: 'cuda-on-path' }])], { cudaRoot: CUDA }), host), host, t.doctor, { findings: [], argv: [] });
    await reg.set('Path', { type: 'REG_EXPAND_SZ', value: `${(await reg.get('Path'))!.value};C:\\later` });
    await undoRun(t.doctor, host);
    expect((await reg.get('Path'))!.value).toBe('C:\\a;%SystemRoot%\\b;C:\\later');
  });

  it('creates a missing user PATH as REG_EXPAND_SZ, unsets and sets variables, skips LD_LIBRARY_PATH', async () => {
    const reg = new FakeRegistry({ CUDA_VISIBLE_DEVICES: { type: 'REG_SZ', value: '-1' } });
    const host = windowsHost(t.home, t.doctor, reg);
    const f = finding('mixed', [
      { kind: 'env-unset', name: 'CUDA_VISIBLE_DEVICES' },
      { kind: 'path-add', variable: 'LD_LIBRARY_PATH', entry: '/usr/lib/wsl/lib' },
      { kind: 'path-add', variable: 'PATH', entry: 'C:\\tools' },
      { kind: 'env-set', name: 'XLA_FLAGS', value: '--xla_gpu_cuda_data_dir=%CUDA_PATH%' },
    ]);
    const plan = await buildPlan(scanOf([f]), host);
    expect(plan.items.map((i) => i.status)).toEqual(['pending', 'skipped', 'pending', 'pending']);
    await applyPlan(plan, host, t.doctor, { findings: [], argv: [] });
    expect(await reg.get('CUDA_VISIBLE_DEVICES')).toBeNull();
    expect(await reg.get('Path')).toEqual({ type: 'REG_EXPAND_SZ', value: 'C:\\tools' });
    expect(await reg.get('XLA_FLAGS')).toEqual({ type: 'REG_EXPAND_SZ', value: '--xla_gpu_cuda_data_dir=%CUDA_PATH%' });
    await undoRun(t.doctor, host);
    expect([...reg.values.values()].map((v) => [v.name, v.v])).toEqual([['CUDA_VISIBLE_DEVICES', { type: 'REG_SZ', value: '-1' }]]);
  });
});

describe('Windows files', () => {
  it('copies zlibwapi.dll only from a 64-bit copy already on the machine', async () => {
    const pf = join(t.root, 'Program Files', 'NVIDIA Corporation');
    const bin = join(t.root, 'CUDA', 'v11.8', 'bin');
    mkdirSync(join(pf, 'Nsight Systems 2023.1', 'host-windows-x86'), { recursive: true });
    mkdirSync(join(pf, 'Nsight Systems 2023.1', 'host-windows-x64'), { recursive: true });
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(t.root, 'CUDA', 'v11.8', 'version.json'), '{"cuda":{"version":"11.8.0"}}'); // what makes it a toolkit root
    writeFileSync(join(pf, 'Nsight Systems 2023.1', 'host-windows-x86', 'zlibwapi.dll'), pe(0x14c));
    writeFileSync(join(pf, 'Nsight Systems 2023.1', 'host-windows-x64', 'ZLIBWAPI.DLL'), pe(0x8664));
    expect(isX64Dll(join(pf, 'Nsight Systems 2023.1', 'host-windows-x86', 'zlibwapi.dll'))).toBe(false);
    const host = windowsHost(t.home, t.doctor, new FakeRegistry(), { searchRoots: [pf] });
    const scan = scanOf([finding('zlibwapi-missing', [{ builder: 'zlibwapi-local-copy' }])], { cudaRoot: join(t.root, 'CUDA', 'v11.8') });
    const plan = await buildPlan(scan, host);
    expect(plan.items[0]).toMatchObject({ status: 'pending', risk: 'safe' });
    expect(plan.items[0]!.title).toContain('host-windows-x64');
    await applyPlan(plan, host, t.doctor, { findings: [], argv: [] });
    expect(readFileSync(join(bin, 'zlibwapi.dll'))).toEqual(pe(0x8664));
    expect((await buildPlan(scan, host)).items[0]!.status).toBe('done');
    await undoRun(t.doctor, host);
    expect(readdirSync(bin)).toEqual([]);
  });

  it('offers a manual step (never a download) when no copy is on the machine', async () => {
    const host = windowsHost(t.home, t.doctor, new FakeRegistry(), { searchRoots: [join(t.root, 'nothing')] });
    const plan = await buildPlan(scanOf([finding('zlibwapi-missing', [{ builder: 'zlibwapi-local-copy' }])], { cudaRoot: CUDA }), host);
    expect(plan.changes).toEqual([]);
    expect(plan.items[0]).toMatchObject({ status: 'manual', action: { kind: 'manual', link: expect.stringMatching(/^https:\/\/docs\.nvidia\.com\//) } });
  });

  it('aliases cusolver64_11.dll only as a labelled workaround, after the proper fix, and only when asked', async () => {
    const bin = join(t.root, 'CUDA', 'v11.2', 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'cusolver64_11.dll'), pe(0x8664));
    const host = windowsHost(t.home, t.doctor, new FakeRegistry());
    const scan = scanOf([finding('cusolver-name-mismatch', [{ builder: 'cusolver-alias' }])], { cudaBin: bin });
    const plan = await buildPlan(scan, host);
    expect(plan.items.map((i) => [i.status, i.risk])).toEqual([['manual', 'safe'], ['skipped', 'workaround']]);
    expect(plan.changes).toEqual([]);
    const opted = await buildPlan(scan, host, { workarounds: true });
    await applyPlan(opted, host, t.doctor, { findings: [], argv: [] });
    expect(existsSync(join(bin, 'cusolver64_10.dll'))).toBe(true);
  });
});

describe('reg.exe registry', () => {
  it('passes the whole value to reg.exe add without a shell and never uses setx', async () => {
    const calls: string[][] = [];
    let stored = '';
    const run: Runner = async (file, args) => {
      calls.push([file, ...args]);
      if (args[0] === 'add') stored = args[args.indexOf('/d') + 1]!;
      if (args[0] === 'query') return { exitCode: 0, stdout: `\r\nHKEY_CURRENT_USER\\Environment\r\n    Path    REG_EXPAND_SZ    ${stored}\r\n\r\n`, stderr: '' };
      return { exitCode: 0, stdout: 'The operation completed successfully.', stderr: '' };
    };
    const reg = new RegExeRegistry(run);
    await reg.set('Path', { type: 'REG_EXPAND_SZ', value: LONG_PATH });
    expect(calls[0]).toEqual(['reg.exe', 'add', 'HKCU\\Environment', '/v', 'Path', '/t', 'REG_EXPAND_SZ', '/d', LONG_PATH, '/f']);
    expect(await reg.get('Path')).toEqual({ type: 'REG_EXPAND_SZ', value: LONG_PATH });
    await reg.broadcast();
    expect(calls.flat().some((a) => /setx/i.test(a))).toBe(false);
    expect(calls.at(-1)!.join(' ')).toMatch(/SendMessageTimeout/);
  });

  it('parses reg query output, including an empty value and a missing one', () => {
    const out = '\r\nHKEY_CURRENT_USER\\Environment\r\n    TEMP    REG_EXPAND_SZ    %USERPROFILE%\\AppData\\Local\\Temp\r\n    EMPTY    REG_SZ    \r\n';
    expect(parseRegQuery(out, 'temp')).toEqual({ type: 'REG_EXPAND_SZ', value: '%USERPROFILE%\\AppData\\Local\\Temp' });
    expect(parseRegQuery(out, 'EMPTY')).toEqual({ type: 'REG_SZ', value: '' });
    expect(parseRegQuery(out, 'Path')).toBeNull();
  });
});
