// `fix` and `undo` in Chinese: the plan, the prompt, progress, verification, the undo list and errors come
// from locales/fix/zh-CN.json; both locale files hold the same keys with the same placeholders.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runFix } from '../src/cli/fix-command.js';
import { buildPlan } from '../src/fix/planner.js';
import { applyPlan } from '../src/fix/executor.js';
import { readRun } from '../src/fix/journal.js';
import { fixMessages } from '../src/fix/messages.js';
import { UsageError } from '../src/errors.js';
import { FakeRegistry, finding, linuxHost, scanOf, useFixCommand, windowsHost } from './fix-helpers.js';
import type { FixHost } from '../src/fix/host.js';

const repo = resolve(import.meta.dirname, '..');
const table = (lang: string): Record<string, string> => JSON.parse(readFileSync(join(repo, 'locales/fix', `${lang}.json`), 'utf8')) as Record<string, string>;
const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('locales/fix', () => {
  const en = table('en');
  const zh = table('zh-CN');

  it('has every key in both languages, with the same placeholders', () => {
    expect(Object.keys(zh).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in zh))).toEqual([]);
    for (const k of Object.keys(en)) expect(placeholders(zh[k]!), k).toEqual(placeholders(en[k]!));
  });

  it('holds every key the fix and undo code asks for', () => {
    const files = [
      ...readdirSync(join(repo, 'src/fix')).filter((f) => f.endsWith('.ts')).map((f) => join(repo, 'src/fix', f)),
      join(repo, 'src/cli/fix-command.ts'), join(repo, 'src/cli/undo-command.ts'),
    ];
    const used = new Set<string>();
    const KEY = /'((?:fix|undo|usage|plan|risk|status|action|note|preview|manual|wheel|progress|error|verify|runs)\.\w+)'/g;
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(KEY)) used.add(m[1]!);
    // keys built at run time from the data's enums
    for (const r of ['safe', 'caution', 'workaround', 'manual']) used.add(`risk.${r}`);
    for (const s of ['pending', 'done', 'manual', 'skipped']) used.add(`status.${s}`);
    for (const s of ['complete', 'failed', 'interrupted']) used.add(`runs.${s}`);
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });

  it('the Chinese texts are Chinese, not copies of the English', () => {
    const han = /[\u4e00-\u9fff]/;
    // the only texts without Chinese words are layouts of placeholders (with Chinese punctuation)
    const layouts = ['plan.item', 'plan.status', 'plan.statusNote', 'action.manualLink', 'error.line', 'undo.problem'];
    expect(Object.keys(zh).filter((k) => !han.test(zh[k]!))).toEqual(layouts);
    expect(Object.keys(zh).filter((k) => zh[k] === en[k])).toEqual(['plan.status']);
  });
});

const c = useFixCommand();

describe('gpu-doctor fix --lang zh-CN', () => {
  it('shows the plan and the exact changes in Chinese', async () => {
    expect(await runFix(['--log', c.log, '--dry-run', '--lang', 'zh-CN'], c.deps(linuxHost(c.t.home, c.t.doctor)))).toBe(0);
    expect(c.out).toContain('修复计划：');
    expect(c.out).toContain('[安全] fix-test-multi：把 /usr/lib/wsl/lib 加入 LD_LIBRARY_PATH');
    expect(c.out).toContain(`将执行——写入 ${join(c.t.home, '.bashrc')}`);
    expect(c.out).toContain(`复制 ${join(c.t.root, 'lib.so.1')} → ${join(c.t.root, 'a.so')}`);
    expect(c.out).toMatch(/具体改动（共 3 项；/);
    expect(c.out).toContain(`新建 ${join(c.t.home, '.bashrc')}`);
    expect(c.out).toContain('在 gpu-doctor 标记块中：');
    expect(c.out).toContain(`→ ${join(c.t.root, 'b.so')}（新文件）`);
    expect(c.out).toContain('演练模式：没有做任何改动。');
    for (const english of ['Plan:', 'will apply', 'Changes (', 'create ', 'new file', 'Dry run', ' to LD_LIBRARY_PATH']) expect(c.out).not.toContain(english);
  });

  it('asks in Chinese, and a no changes nothing', async () => {
    const asked: string[] = [];
    const host = linuxHost(c.t.home, c.t.doctor);
    expect(await runFix(['--log', c.log, '--lang', 'zh-CN'], c.deps(host, { interactive: true, ask: async (q) => { asked.push(q); return false; } }))).toBe(0);
    expect(asked).toEqual(['要执行这 3 项改动吗？[y/N] ']);
    expect(c.out).toMatch(/没有做任何改动。\n$/);
    c.out = '';
    // no terminal, no --yes
    expect(await runFix(['--log', c.log, '--lang', 'zh-CN'], c.deps(host))).toBe(0);
    expect(c.err).toBe('gpu-doctor：没有做任何改动（没有终端可以询问；加 --yes 才会执行）\n');
  });

  it('takes the language from the locale when --lang is not given, and --lang en wins over it', async () => {
    const host = linuxHost(c.t.home, c.t.doctor, { LANG: 'zh_CN.UTF-8' });
    await runFix(['--log', c.log, '--dry-run'], c.deps(host));
    expect(c.out).toContain('修复计划：');
    c.out = '';
    await runFix(['--log', c.log, '--dry-run', '--lang', 'en'], c.deps(host));
    expect(c.out).toContain('Plan:');
    expect(c.out).not.toMatch(/[\u4e00-\u9fff]/);
    await expect(runFix(['--lang', 'fr'], c.deps(host))).rejects.toThrow(/unknown language "fr"/);
  });

  it('reports progress, the result and the verification in Chinese', async () => {
    const host = linuxHost(c.t.home, c.t.doctor);
    const scanner = async (h: FixHost) => scanOf([
      ...(h.env.LD_LIBRARY_PATH?.split(':').includes('/usr/lib/wsl/lib') ? [] : [finding('wsl-libcuda-path', [{ kind: 'path-add', variable: 'LD_LIBRARY_PATH', entry: '/usr/lib/wsl/lib' }])]),
      finding('xla-libdevice-not-found', [{ kind: 'env-set', name: 'XLA_FLAGS', value: '--xla_gpu_cuda_data_dir=/usr/local/cuda' }]),
    ]);
    expect(await runFix(['--yes', '--lang', 'zh-CN'], c.deps(host, { scanner }))).toBe(1);
    expect(c.out).toMatch(/^已完成 1\/1：修改|^已完成 1\/1：新建/m);
    expect(c.out).toContain(`完成：共 1 项改动，已记入日志（第 1 次修复，位于 ${c.t.doctor}`);
    expect(c.out).toContain('已修复（不再出现）：wsl-libcuda-path\n');
    expect(c.out).toMatch(/仍然存在：xla-libdevice-not-found（/);
    c.out = '';
    expect(await runFix(['--yes', '--lang', 'zh-CN'], c.deps(host, { scanner }))).toBe(0);
    expect(c.out).toContain('已生效，无需再做');
    expect(c.out).toContain('无需任何改动。');
  });

  it('uses the rule\'s Chinese fix titles for manual steps', async () => {
    const manualOnly = {
      id: 'cudnn-missing', severity: 'error',
      fixes: [{ title: { en: 'Install cuDNN for your CUDA', 'zh-CN': '为你的 CUDA 安装 cuDNN' }, steps: { en: [], 'zh-CN': [] }, link: 'https://developer.nvidia.com/cudnn' }],
    };
    const plan = await buildPlan(scanOf([manualOnly]), linuxHost(c.t.home, c.t.doctor), { lang: 'zh-CN' });
    expect(plan.items[0]).toMatchObject({ status: 'manual', title: '为你的 CUDA 安装 cuDNN' });
    expect((await buildPlan(scanOf([manualOnly]), linuxHost(c.t.home, c.t.doctor))).items[0]!.title).toBe('Install cuDNN for your CUDA');
  });

  it('shows Windows registry changes and skipped actions in Chinese', async () => {
    const reg = new FakeRegistry({ Path: { type: 'REG_EXPAND_SZ', value: 'C:\\Windows\\system32;' } });
    const f = finding('cuda-path-not-set', [
      { kind: 'path-add', variable: 'PATH', entry: 'C:\\CUDA\\v12.4\\bin' },
      { kind: 'path-add', variable: 'LD_LIBRARY_PATH', entry: '/usr/lib/wsl/lib' },
      { kind: 'env-set', name: 'CUDA_PATH', value: 'C:\\CUDA\\v12.4' },
    ]);
    const plan = await buildPlan(scanOf([f]), windowsHost(c.t.home, c.t.doctor, reg), { lang: 'zh-CN' });
    expect(plan.items.map((i) => [i.status, i.title, i.note])).toEqual([
      ['pending', '把 C:\\CUDA\\v12.4\\bin 加入 PATH', undefined],
      ['skipped', '把 /usr/lib/wsl/lib 加入 LD_LIBRARY_PATH', 'Windows 不使用 LD_LIBRARY_PATH'],
      ['pending', '设置 CUDA_PATH=C:\\CUDA\\v12.4', undefined],
    ]);
    expect(plan.changes.map((c) => c.preview)).toEqual([
      ['HKCU\\Environment\\Path: REG_EXPAND_SZ（20 个字符） → REG_EXPAND_SZ（37 个字符）', '  追加 ";C:\\CUDA\\v12.4\\bin"'],
      ['HKCU\\Environment\\CUDA_PATH: 未设置 → REG_SZ（13 个字符）', '  设为 "C:\\CUDA\\v12.4"'],
    ]);
  });

  it('a failed change is shown in Chinese while the journal keeps the English text', async () => {
    const host = linuxHost(c.t.home, c.t.doctor);
    const plan = await buildPlan(scanOf([finding('wsl-libcuda-path', [{ kind: 'path-add', variable: 'LD_LIBRARY_PATH', entry: '/usr/lib/wsl/lib' }])]), host, { lang: 'zh-CN' });
    writeFileSync(join(c.t.home, '.bashrc'), '# written after the plan\n');
    const r = await applyPlan(plan, host, c.t.doctor, { findings: [], argv: [] }, () => {}, fixMessages('zh-CN'));
    expect(r.failed).toBe(`${join(c.t.home, '.bashrc')} 在生成计划之后被改动过；请重新运行 gpu-doctor fix`);
    expect(readRun(c.t.doctor, r.run!)!.intents).toEqual([]);
    expect(readFileSync(join(c.t.doctor, 'runs/0001/journal.jsonl'), 'utf8')).toContain('changed since the plan was made');
  });
});

describe('gpu-doctor undo --lang zh-CN', () => {
  it('lists the runs and reports the undo in Chinese', async () => {
    const host = linuxHost(c.t.home, c.t.doctor);
    expect(await c.undo(['--list', '--lang', 'zh-CN'], host)).toBe(0);
    expect(c.out).toBe('还没有修复记录。\n');
    expect(await c.undo(['--lang', 'zh-CN'], host)).toBe(0);
    expect(c.err).toBe('gpu-doctor：没有可撤销的修复\n');

    expect(await runFix(['--log', c.log, '--yes'], c.deps(host))).toBe(0);
    c.out = ''; c.err = '';
    expect(await c.undo(['--list', '--lang', 'zh-CN'], host)).toBe(0);
    expect(c.out).toMatch(/^修复记录，最新的在前/);
    expect(c.out).toMatch(/^\s+1 {2}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d {2}已完成 {2}fix-test-multi$/m); // local time with its offset
    c.out = '';
    expect(await c.undo(['1', '--lang', 'zh-CN'], host)).toBe(0);
    expect(c.out).toMatch(/^已撤销第 1 次修复：还原了 3 项改动。\n/);
    expect(c.out).toContain(`  已还原 ${join(c.t.root, 'a.so')}\n`);
    c.out = '';
    expect(await c.undo(['--list', '--lang', 'zh-CN'], host)).toBe(0);
    expect(c.out).toMatch(/^\s+1 {2}[\d :+-]+ {2}已于 [\d :+-]+ 撤销 {2}fix-test-multi$/m);
    expect(await c.undo(['1', '--lang', 'zh-CN'], host)).toBe(2);
    expect(c.err).toMatch(/^gpu-doctor：第 1 次修复已于 [\d :+-]+ 撤销过\n$/);
    c.err = '';
    expect(await c.undo(['7', '--lang', 'zh-CN'], host)).toBe(2);
    expect(c.err).toBe('gpu-doctor：没有第 7 次修复（见 gpu-doctor undo --list）\n');
  });

  it('reports a problem in Chinese while the journal records it in English', async () => {
    const host = linuxHost(c.t.home, c.t.doctor);
    expect(await runFix(['--log', c.log, '--yes'], c.deps(host))).toBe(0);
    writeFileSync(join(c.t.root, 'a.so'), 'edited by the user');
    c.err = '';
    expect(await c.undo(['--lang', 'zh-CN'], host)).toBe(1);
    const keptDir = join(c.t.doctor, 'runs/0001/kept');
    expect(readdirSync(keptDir)).toEqual([expect.stringMatching(/^\d+-a\.so$/)]);
    const kept = join(keptDir, readdirSync(keptDir)[0]!);
    expect(c.err).toBe(`gpu-doctor：${join(c.t.root, 'a.so')} 在修复之后又被改动过；那个版本已保存到 ${kept}\n`);
    expect(readFileSync(kept, 'utf8')).toBe('edited by the user');
    const undone = readFileSync(join(c.t.doctor, 'runs/0001/journal.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; problems?: string[] }).find((e) => e.type === 'undone');
    expect(undone!.problems).toEqual([`${join(c.t.root, 'a.so')} was changed after the fix; that version is kept in ${kept}`]);
  });

  it('gives usage errors and help in Chinese', async () => {
    const host = linuxHost(c.t.home, c.t.doctor);
    const e = await c.undo(['last', '--lang', 'zh-CN'], host).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).localised('zh-CN')).toBe('“last”不是修复编号（见 gpu-doctor undo --list）');
    const only = await runFix(['--only', 'Not An Id', '--lang', 'zh-CN'], c.deps(host)).catch((x: unknown) => x);
    expect((only as UsageError).localised('zh-CN')).toMatch(/^--only 后面要跟问题编号/);
    expect(await c.undo(['--help', '--lang', 'zh-CN'], host)).toBe(0);
    expect(c.out).toMatch(/^用法：gpu-doctor undo/);
  });
});
