// The real command line under --lang zh-CN (issue 11, item 11): help, usage errors, diagnose, scan, plan,
// explain, fix --dry-run and undo --list print no English-only line except commands, paths, ids, URLs, the
// table rows a plan cites and lines quoted from the user's log; and Chinese text uses full-width punctuation.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-cli.js';

const LOG = join(ROOT, 'fixtures', 'logs', 'tf-zlibwapi-windows.log');
const LOG_LINES = readFileSync(LOG, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 8);
let CLI: string;
let home: string;
beforeAll(() => { CLI = ensureBuilt(); home = mkdtempSync(join(tmpdir(), 'gpu-doctor-zh-')); }, 180_000);
afterAll(() => { if (home) rmSync(home, { recursive: true, force: true }); });

function run(args: string[], env: Record<string, string> = {}): string {
  const all: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', LC_ALL: '', GPU_DOCTOR_LANG: '', NO_COLOR: '1', GPU_DOCTOR_HOME: home, ...env };
  delete all.FORCE_COLOR; // Node warns (in English) when both are set
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input: '', encoding: 'utf8', timeout: 120_000, env: all });
  return `${r.stdout}\n${r.stderr}`;
}

const COMMAND = /^(?:\$ |gpu-doctor(?!:)\b|cat |python\d?(?:\.exe)? |pip\d? |sudo |conda |nvidia-smi|wsl |docker |export |set |\.\\|https?:\/\/)/;
// code and data inside a sentence: `…`, paths, flags, versions, ids, calls — anything with code punctuation
const CODE = /`[^`]*`|\S*[()=[\]{}/\\_.:<>|@#-]\S*|\b\d+\b/g;
const NAMES = /\b(?:PyTorch|TensorFlow|Python|cuDNN|CUDA|Linux|Windows|WSL2?|macOS|NVIDIA|GPU|pip|conda|torch|tensorflow|import)\b/g;

/** A line only in English words, once what is not prose is set aside. */
function englishOnly(line: string): boolean {
  const s = line.trim().replace(/^[>✓✗!i-]\s+/, '');
  if (!s || /[^\x00-\x7f]/.test(line)) return false;
  if (COMMAND.test(s)) return false;
  if (/^[\w-]+\.csv:\d+ \(/.test(s)) return false; // a table row the plan cites
  if (LOG_LINES.some((l) => s.includes(l) || l.includes(s))) return false; // quoted from the log
  return /[A-Za-z]{3,}\W+[A-Za-z]{3,}/.test(s.replace(CODE, ' ').replace(NAMES, ' '));
}

/** The prose of a line: without the "gpu-doctor: " an error starts with, code spans and URLs. */
const prose = (line: string): string => line.replace(/^gpu-doctor: /, '').replace(/`[^`]*`/g, '``').replace(/\S*:\/\/\S*/g, 'URL');

/** ASCII punctuation written against Chinese words: "证据:", "原因: …", "失败,". */
const HALF_WIDTH = /\p{Script=Han}[:;,?!]|[:;,]\s*\p{Script=Han}/u;

const CASES: string[][] = [
  [], ['--help'], ...['diagnose', 'scan', 'plan', 'fix', 'undo', 'explain', 'bot', 'serve', 'github'].map((c) => [c, '--help']),
  ['diagnose', '--jsno'], ['frob'], ['scan', '--timeout', '0'], ['diagnose', '/nonexistent/gpu.log'], ['diagnose', ROOT],
  ['plan', '--framework', 'nope'], ['explain', 'no-such-rule'], ['undo', '99'], ['fix', '--only', 'bogus'],
  ['diagnose', LOG], ['diagnose', '--markdown', LOG], ['explain', 'zlibwapi-missing'], ['explain'],
  ['plan', '--framework', 'pytorch', '--os', 'linux', '--gpu', '4090', '--no-scan'],
  ['plan', '--framework', 'tensorflow', '--os', 'windows', '--gpu', '3060', '--version', '2.10', '--no-scan'],
  ['fix', '--dry-run', '--log', LOG], ['undo', '--list'], ['scan'],
];

describe('gpu-doctor --lang zh-CN', () => {
  it('prints no English-only sentence and no half-width punctuation in Chinese text', () => {
    const bad: string[] = [];
    for (const args of CASES) {
      for (const line of run([...args, '--lang', 'zh-CN']).split('\n')) {
        if (englishOnly(line)) bad.push(`${args.join(' ') || '(bare)'}: ${line.trim()}`);
        else if (HALF_WIDTH.test(prose(line)) && !LOG_LINES.some((l) => line.includes(l))) bad.push(`${args.join(' ')}: half-width: ${line.trim()}`);
      }
    }
    expect(bad).toEqual([]);
  }, 600_000);

  it('the checker sees English: the same commands in English fail it', () => {
    const lines = [...run(['diagnose', '/nonexistent/gpu.log']).split('\n'), ...run(['explain', 'zlibwapi-missing']).split('\n')];
    expect(lines.filter(englishOnly).length).toBeGreaterThan(3);
    expect(englishOnly('gpu-doctor: cannot read /nonexistent/gpu.log: no such file')).toBe(true);
    expect(englishOnly('  $ python3 -m pip install torch==2.13.0')).toBe(false);
    expect(HALF_WIDTH.test('  证据:')).toBe(true);
  }, 120_000);

  it('LANG=zh_CN.UTF-8 alone gives the same Chinese', () => {
    expect(run(['diagnose', '/nonexistent/gpu.log'], { LANG: 'zh_CN.UTF-8' })).toContain('无法读取 /nonexistent/gpu.log：文件不存在');
  });
});
