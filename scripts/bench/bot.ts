// Bot throughput: N log messages posted at once through the fake Discord (test/fake-discord) to the real
// discord.js client; reports the time from the message's dispatch to the bot's reply arriving at the
// fake REST API (p50 / p99) and messages answered per second. Fake and bot share this process's clock.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { FakeDiscord as FakeDiscordType, RecordedRequest } from '../../test/fake-discord/server.mjs';
import { loadBotConfig } from '../../adapters/discord/config.js';
import { HelpBot } from '../../adapters/discord/bot.js';
import { packagePath } from '../../src/package-root.js';

const COUNTS = (process.env.BENCH_BOT_N ?? '50,200').split(',').map(Number);

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function once(n: number, log: string): Promise<void> {
  const { FakeDiscord, snowflake } = (await import(pathToFileURL(packagePath('test', 'fake-discord', 'server.mjs')).href)) as {
    FakeDiscord: typeof FakeDiscordType; snowflake: () => string;
  };
  const fake = await new FakeDiscord().start();
  const channel = snowflake();
  const guild = fake.addGuild({ channels: [{ id: channel, name: 'gpu-help' }] });
  const base = loadBotConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.api, DISCORD_CHANNEL_IDS: channel });
  // the bench measures the pipeline, not the anti-flood limits: one user each, room for all in the queue
  const config = { ...base, limits: { ...base.limits, globalCount: n * 2, queueSize: n } };
  const bot = new HelpBot({ config, log: () => undefined });
  await bot.start();
  try {
    const sentAt = new Map<string, number>();
    const replies: Array<Promise<RecordedRequest>> = [];
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const msg = fake.postMessage({ guildId: guild.id, channelId: channel, author: fake.user(), content: '```\n' + log + '\n```' });
      sentAt.set(msg.id, performance.now());
      replies.push(fake.waitForRequest((r) => r.status === 200 && r.body?.message_reference?.message_id === msg.id, 120_000));
    }
    const done = await Promise.all(replies);
    const elapsed = (performance.now() - start) / 1000;
    const latencies = done.map((r) => r.at - sentAt.get(r.body.message_reference.message_id)!).sort((a, b) => a - b);
    process.stdout.write(`N=${String(n).padEnd(4)} p50 ${percentile(latencies, 50).toFixed(1)} ms  p99 ${percentile(latencies, 99).toFixed(1)} ms  `
      + `${(n / elapsed).toFixed(1)} messages/s  (concurrency ${config.limits.concurrency}, log ${log.split('\n').length} lines)\n`);
  } finally {
    await bot.stop();
    await fake.stop();
  }
}

export async function run(): Promise<void> {
  const fixture = packagePath('fixtures', 'logs', 'tf-zlibwapi-windows.log');
  // a pasted log is at most a few thousand characters (Discord's message limit is 4000 with Nitro)
  const log = readFileSync(fixture, 'utf8').slice(0, 3800);
  for (const n of COUNTS) await once(n, log);
}
