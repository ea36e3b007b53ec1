// The real command line, built with tsc and spawned: the --json contract (../shared/CONTRACT.md), exit codes,
// standard input, --markdown, --lang zh-CN, and one-line errors with exit status 2 for input it cannot read.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './built-cli.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const LOG = join(ROOT, 'fixtures', 'logs', 'tf-zlibwapi-windows.log');
const ENCODINGS = join(ROOT, 'fixtures', 'encodings');
let tmp: string;

beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'gpu-doctor-cli-'));
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Run { code: number | null; stdout: string; stderr: string }

function gpuDoctor(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', GPU_DOCTOR_LANG: '' }, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const file = (name: string, content: string | Buffer): string => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

/** Exit 2, nothing on stdout, one line on stderr, no stack trace. */
function expectInputError(r: Run, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^gpu-doctor: [^\n]+\n$/);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

interface JsonReport {
  findings: Array<{ id: string; severity: string; title: string; evidence: Array<{ line: number; text: string }>; fixes: Array<{ title: string; steps: string[]; auto: boolean }> }>;
}

describe('--json', () => {
  it('has the shape of CONTRACT.md, root cause first, evidence lines 1-based in the file', () => {
    const r = gpuDoctor(['diagnose', '--json', LOG]);
    expect(r.code).toBe(1); // an error finding
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['findings']);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings[0]!.id).toBe('zlibwapi-missing');
    const fileLines = readFileSync(LOG, 'utf8').split('\n');
    for (const f of report.findings) {
      expect(f.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(typeof f.title).toBe('string');
      expect(f.title.length).toBeGreaterThan(0);
      for (const e of f.evidence) {
        expect(Object.keys(e).sort()).toEqual(['line', 'text']);
        expect(Number.isInteger(e.line) && e.line >= 1).toBe(true);
        expect(fileLines[e.line - 1]!.trim()).toBe(e.text);
      }
      for (const fix of f.fixes) {
        expect(typeof fix.title).toBe('string');
        expect(Array.isArray(fix.steps) && fix.steps.every((s) => typeof s === 'string')).toBe(true);
        expect(typeof fix.auto).toBe('boolean');
      }
    }
    expect(report.findings[0]!.evidence[0]).toEqual({ line: 7, text: 'Could not locate zlibwapi.dll. Please make sure it is in your library path!' });
  });

  it('exit status 0 and no findings for a healthy training log', () => {
    const healthy = file('healthy.log', Array.from({ length: 200 }, (_, i) => `Epoch ${i + 1}/200 - loss: 0.${(1000 - i).toString().padStart(4, '0')} - accuracy: 0.9${i % 10}`).join('\n') + '\n');
    const r = gpuDoctor(['diagnose', '--json', healthy]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ findings: [] });
  });

  it('exit status 0 when the only findings are not errors', () => {
    const infoOnly = file('info.log', '2023-01-01 10:00:00.000000: I tensorflow/core/platform/cpu_feature_guard.cc:193] This TensorFlow binary is optimized with oneAPI Deep Neural Network Library (oneDNN) to use the following CPU instructions in performance-critical operations:  AVX2 FMA\n');
    const r = gpuDoctor(['diagnose', '--json', infoOnly]);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.every((f) => f.severity !== 'error')).toBe(true);
    expect(r.code).toBe(0);
  });

  it('reads a PowerShell UTF-16LE log and a GBK log, with the right line numbers', () => {
    const ps = JSON.parse(gpuDoctor(['diagnose', '--json', join(ENCODINGS, 'powershell-utf16le-bom.log')]).stdout) as JsonReport;
    expect(ps.findings.find((f) => f.id === 'zlibwapi-missing')?.evidence[0]?.line).toBe(4);
    const gbk = JSON.parse(gpuDoctor(['diagnose', '--json', join(ENCODINGS, 'gbk-dll-load-failed.log')]).stdout) as JsonReport;
    expect(gbk.findings.find((f) => f.id === 'dll-load-failed')?.evidence[0]).toEqual({ line: 5, text: 'ImportError: DLL load failed while importing _pywrap_tensorflow_internal: 找不到指定的模块。' });
  });
});

describe('standard input', () => {
  const fromFile = () => gpuDoctor(['diagnose', '--json', LOG]).stdout;
  it('with -', () => {
    const r = gpuDoctor(['diagnose', '--json', '-'], readFileSync(LOG));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(fromFile());
  });
  it('with no file argument', () => {
    const r = gpuDoctor(['diagnose', '--json'], readFileSync(LOG));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(fromFile());
  });
  it('empty standard input is an input error', () => {
    expectInputError(gpuDoctor(['diagnose', '-'], ''), /standard input is empty/);
  });
  it('a log of several megabytes, piped and redirected from a file, reads as the file does (line numbers too)', () => {
    // (standard input is read like a file, a megabyte at a time: a pipe gives 64 KB a read)
    const filler = Array.from({ length: 60_000 }, (_, i) => `Epoch ${i % 50}/50 - loss: 0.${1000 + (i % 9000)} - accuracy: 0.5${i % 10}`);
    filler.splice(31_234, 0, ...readFileSync(LOG, 'utf8').split('\n'));
    const big = file('big.log', filler.join('\n'));
    expect(readFileSync(big).length).toBeGreaterThan(2 << 20);
    const expected = gpuDoctor(['diagnose', '--json', big]).stdout;
    const line = (json: string) => (JSON.parse(json) as JsonReport).findings.find((f) => f.id === 'zlibwapi-missing')?.evidence[0]?.line;
    expect(line(expected)).toBe(line(fromFile())! + 31_234);
    expect(gpuDoctor(['diagnose', '--json', '-'], readFileSync(big)).stdout).toBe(expected);
    const redirected = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${CLI}" diagnose --json < "${big}"`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', GPU_DOCTOR_LANG: '' }, timeout: 30_000 });
    expect(redirected.stdout).toBe(expected);
  });
});

describe('other output forms', () => {
  it('--markdown: a heading, the root cause with its id, evidence in code spans', () => {
    const r = gpuDoctor(['diagnose', '--markdown', LOG]);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('### ')).toBe(true);
    expect(r.stdout).toContain('(`zlibwapi-missing`)');
    expect(r.stdout).toContain('7: `Could not locate zlibwapi.dll. Please make sure it is in your library path!`');
  });

  it('--lang zh-CN: Chinese titles from the rule file, in JSON and in the terminal report', () => {
    const rule = JSON.parse(readFileSync(join(ROOT, 'rules', 'zlibwapi-missing.json'), 'utf8')) as { title: Record<string, string> };
    const json = JSON.parse(gpuDoctor(['diagnose', '--json', '--lang', 'zh-CN', LOG]).stdout) as JsonReport;
    expect(json.findings[0]!.title).toBe(rule.title['zh-CN']);
    const terminal = gpuDoctor(['diagnose', '--lang', 'zh-CN', LOG]);
    expect(terminal.code).toBe(1);
    expect(terminal.stdout).toContain(rule.title['zh-CN']);
    expect(terminal.stdout).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('input and usage errors: one line on stderr, nothing on stdout, exit 2', () => {
  it('missing file', () => expectInputError(gpuDoctor(['diagnose', join(tmp, 'nope.log')]), /no such file/));
  it('a directory', () => expectInputError(gpuDoctor(['diagnose', tmp]), /is a directory/));
  it('empty file', () => expectInputError(gpuDoctor(['diagnose', file('empty.log', '')]), /is empty/));
  it('whitespace-only file', () => expectInputError(gpuDoctor(['diagnose', '--json', file('blank.log', '  \n\t\n\r\n   ')]), /is empty/));
  it('binary file', () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4096, 0), Buffer.from('libcudnn.so.8')]);
    expectInputError(gpuDoctor(['diagnose', '--json', file('a.out', elf)]), /binary/);
  });
  // root reads a chmod 000 file anyway, so this case cannot be produced when the tests run as root
  it.skipIf(process.getuid?.() === 0)('unreadable file (chmod 000; skipped when running as root)', () => {
    const p = file('secret.log', 'Could not locate zlibwapi.dll\n');
    chmodSync(p, 0o000);
    expectInputError(gpuDoctor(['diagnose', p]), /permission denied/);
  });
  it('two files', () => expectInputError(gpuDoctor(['diagnose', LOG, LOG]), /too many arguments .*at most 1/));
  it('unknown option', () => expectInputError(gpuDoctor(['diagnose', '--jsno', LOG]), /jsno/));
  it('unknown language', () => expectInputError(gpuDoctor(['diagnose', '--lang', 'fr', LOG]), /unknown language/));
  it('--json and --markdown together', () => expectInputError(gpuDoctor(['diagnose', '--json', '--markdown', LOG]), /one of --json and --markdown/));
});
