// Unit tests for the bot's pure parts: embed limits, rate limits and queue, log detection, configuration.
import { describe, expect, it } from 'vitest';
import { assertWithinLimits, buildDiagnosisEmbed, buildDiagnosisEmbeds, embedLength, EMBED_LIMITS } from '../adapters/discord/embed.js';
import { RateLimiter, QueueFullError, WorkQueue } from '../adapters/discord/limits.js';
import { codeBlocks, findLogs, isLogAttachment } from '../adapters/discord/ingest.js';
import { loadBotConfig } from '../adapters/discord/config.js';
import { BotError } from '../adapters/discord/errors.js';
import { commandDefinitions } from '../adapters/discord/commands.js';
import { messages } from '../src/i18n/messages.js';
import type { FindingView } from '../src/report/view.js';

const t = messages('en');
const long = (n: number, unit = 'word '): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function finding(i: number, size = 200, severity: FindingView['severity'] = 'warning'): FindingView {
  return {
    id: `finding-${i}`, severity, title: `Finding ${i} ${long(size / 4)}`, why: long(size * 3),
    evidence: [{ line: i + 1, text: `E${i} ${long(size, 'x')} \`\`\` backticks` }, { line: i + 2, text: long(size) }],
    fixes: [{ title: `Fix ${i}`, steps: [long(size), long(size)], auto: false, link: 'https://example.org/fix' }],
    explainedBy: [],
  };
}

describe('embeds within Discord limits', () => {
  it('keeps a huge diagnosis within every limit, root cause first, and counts what it dropped', () => {
    const views = [finding(0, 3000, 'error'), ...Array.from({ length: 40 }, (_, i) => finding(i + 1, 1500))];
    const embed = buildDiagnosisEmbed({ name: 'message.txt', views, lines: 123456 }, t);
    assertWithinLimits([embed]);
    expect(embed.title).toMatch(/^❌ Finding 0/);
    expect(embed.description).toMatch(/^\*\*Root cause\*\* · `finding-0`/);
    // code blocks stay closed even when text is cut
    expect((embed.description!.match(/```/g) ?? []).length % 2).toBe(0);
    const fields = embed.fields ?? [];
    const shown = fields.filter((f) => f.value.startsWith('`finding-')).length;
    const more = fields.find((f) => f.name === 'Also found');
    expect(more?.value).toContain(`${40 - shown} more`);
    expect(embedLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
  });

  it('shares the 6000-character total between the embeds of one message', () => {
    const logs = [0, 1, 2, 3].map((i) => ({ name: `log ${i}`, views: [finding(i, 2000, 'error'), finding(9, 2000)], lines: 10 }));
    const embeds = buildDiagnosisEmbeds(logs, t);
    expect(embeds).toHaveLength(4);
    assertWithinLimits(embeds);
    expect(embeds.every((e) => e.description!.includes('Root cause'))).toBe(true);
  });

  it('catches what Discord would reject', () => {
    expect(() => assertWithinLimits([{ description: 'x'.repeat(4097) }])).toThrow(/description/);
    expect(() => assertWithinLimits([{ description: 'x'.repeat(4000) }, { description: 'x'.repeat(2001) }])).toThrow(/total/);
    expect(() => assertWithinLimits([{ fields: Array.from({ length: 26 }, () => ({ name: 'a', value: 'b' })) }])).toThrow(/fields/);
  });

  it('a small diagnosis is shown in full', () => {
    const embed = buildDiagnosisEmbed({ name: 'a.log', views: [finding(0, 40, 'error'), finding(1, 40)], lines: 3, note: 'only part was read' }, t);
    expect(embed.description).toContain('> only part was read');
    expect(embed.description).toContain('https://example.org/fix');
    expect(embed.fields).toHaveLength(1);
    expect(embed.footer?.text).toBe(t('bot.footer', { name: 'a.log', lines: 3 }));
  });
});

describe('rate limits and queue', () => {
  it('limits each user and everyone together, and tells a flooding user once per window', () => {
    let now = 0;
    const limiter = new RateLimiter({ perUserCount: 2, perUserWindowMs: 1000, globalCount: 3, globalWindowMs: 1000 }, () => now);
    expect(limiter.admit('a').ok).toBe(true);
    expect(limiter.admit('a').ok).toBe(true);
    expect(limiter.admit('a')).toMatchObject({ ok: false, reason: 'user', firstRefusal: true, retryAfterMs: 1000 });
    expect(limiter.admit('a')).toMatchObject({ ok: false, firstRefusal: false });
    expect(limiter.admit('b').ok).toBe(true);
    expect(limiter.admit('c')).toMatchObject({ ok: false, reason: 'global' });
    now = 1001;
    expect(limiter.admit('a').ok).toBe(true);
  });

  it('runs a bounded number of tasks and refuses beyond its capacity', async () => {
    const q = new WorkQueue(1, 1);
    let release!: () => void;
    const first = q.run(() => new Promise<string>((r) => { release = () => r('first'); }));
    const second = q.run(async () => 'second');
    await expect(q.run(async () => 'third')).rejects.toBeInstanceOf(QueueFullError);
    expect([q.active, q.pending]).toEqual([1, 1]);
    release();
    expect(await Promise.all([first, second])).toEqual(['first', 'second']);
    expect([q.active, q.pending]).toEqual([0, 0]);
  });
});

describe('finding logs in a message', () => {
  it('takes fenced code blocks and text attachments, not short snippets or images', () => {
    expect(codeBlocks('run `pip install torch` then\n```py\nimport torch\n```\nand got\n```\nRuntimeError: CUDA error: no kernel image is available\n```'))
      .toEqual(['RuntimeError: CUDA error: no kernel image is available']);
    expect(isLogAttachment({ name: 'message.txt', url: '', size: 1 })).toBe(true);
    expect(isLogAttachment({ name: 'train.LOG', url: '', size: 1 })).toBe(true);
    expect(isLogAttachment({ name: 'screenshot.png', url: '', size: 1, contentType: 'image/png' })).toBe(false);
    expect(isLogAttachment({ name: 'output', url: '', size: 1, contentType: 'text/plain; charset=utf-8' })).toBe(true);
    const logs = findLogs('```\nCould not locate zlibwapi.dll. Please make sure\n```', [{ name: 'a.log', url: 'u', size: 1 }, { name: 'b.txt', url: 'u', size: 1 }], 2);
    expect(logs.map((l) => l.name)).toEqual(['code block 1', 'a.log']);
  });
});

describe('configuration', () => {
  const base = { DISCORD_TOKEN: 't' };
  it('reads the contract\'s variables with their defaults', () => {
    const c = loadBotConfig({ ...base, DISCORD_CHANNEL_IDS: '123456789012345678, 223456789012345678' });
    expect(c.apiBase).toBe('https://discord.com/api');
    expect([...c.channelIds]).toEqual(['123456789012345678', '223456789012345678']);
    expect([...c.attachmentOrigins]).toEqual(['https://cdn.discordapp.com', 'https://media.discordapp.net']);
    const local = loadBotConfig({ ...base, DISCORD_API_BASE: 'http://127.0.0.1:9999/api/', GPU_DOCTOR_BOT_LANG: 'zh_CN.UTF-8' });
    expect(local.apiBase).toBe('http://127.0.0.1:9999/api');
    expect(local.attachmentOrigins.has('http://127.0.0.1:9999')).toBe(true);
    expect(local.defaultLang).toBe('zh-CN');
  });

  it('rejects what it cannot use with one line', () => {
    expect(() => loadBotConfig({})).toThrow(BotError);
    expect(() => loadBotConfig({ ...base, DISCORD_API_BASE: 'not a url' })).toThrow(/DISCORD_API_BASE is not a URL/);
    expect(() => loadBotConfig({ ...base, DISCORD_SHARDS: 'two' })).toThrow(/shard count/);
    expect(() => loadBotConfig({ ...base, GPU_DOCTOR_BOT_CONFIG: '/nonexistent/bot.json' })).toThrow(/cannot read bot config/);
  });

  it('command descriptions fit Discord\'s 100 characters in both languages', () => {
    for (const c of commandDefinitions()) {
      if ('description' in c && c.description !== undefined) expect(c.description.length).toBeLessThanOrEqual(100);
      for (const o of ('options' in c ? c.options ?? [] : [])) expect(o.description.length).toBeLessThanOrEqual(100);
    }
  });
});
