// What runs in other processes: the CLI's one-line errors and two shards under ShardingManager.
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, shardOf, snowflake } from './fake-discord/server.mjs';
import { DIST_MAIN, DIST_SHARD_ENTRY, ensureBuilt } from './fake-discord/built.js';
import { loadBotConfig } from '../adapters/discord/config.js';
import { HelpBot } from '../adapters/discord/bot.js';
import { BotError } from '../adapters/discord/errors.js';
import { startSharded, stopSharded } from '../adapters/discord/sharding.js';

const ZLIB_LINE = 'Could not locate zlibwapi.dll. Please make sure it is in your library path!';

/** Runs the CLI with only the given variables (plus PATH): no DISCORD_TOKEN leaks in from the test's environment. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [DIST_MAIN, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 8000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

let fake: FakeDiscord;
beforeAll(async () => {
  ensureBuilt();
  fake = await new FakeDiscord().start();
}, 60_000);
afterAll(async () => { await fake?.stop(); });

describe('bot start-up errors', () => {
  it('a rejected token is a one-line BotError, not a stack trace', async () => {
    const config = loadBotConfig({ DISCORD_TOKEN: 'not-the-token', DISCORD_API_BASE: fake.api });
    const bot = new HelpBot({ config, log: () => undefined });
    const err = await bot.start().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(BotError);
    expect((err as Error).message).toBe('Discord rejected the bot token (401 Unauthorized): check DISCORD_TOKEN');
  });

  it('gpu-doctor bot: rejected token, missing token and bad variables exit 2 with one line', async () => {
    const rejected = await cli(['bot'], { DISCORD_TOKEN: 'not-the-token', DISCORD_API_BASE: fake.api });
    expect(rejected).toMatchObject({ code: 2, stdout: '' });
    expect(rejected.stderr).toBe('gpu-doctor: Discord rejected the bot token (401 Unauthorized): check DISCORD_TOKEN\n');
    const missing = await cli(['bot'], { DISCORD_API_BASE: fake.api });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^gpu-doctor: DISCORD_TOKEN is not set[^\n]*\n$/);
    const badIds = await cli(['bot', 'deploy-commands'], { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.api, DISCORD_CHANNEL_IDS: 'general' });
    expect(badIds.stderr).toBe('gpu-doctor: DISCORD_CHANNEL_IDS: "general" is not a Discord id\n');
  });

  it('gpu-doctor bot whose token the gateway rejects (close 4004) prints one line, exit 2', async () => {
    fake.rejectIdentify = true;
    try {
      const r = await cli(['bot'], { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.api });
      expect(r).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toBe('gpu-doctor: Discord rejected the bot token (gateway close 4004, Authentication failed): check DISCORD_TOKEN\n');
    } finally {
      fake.rejectIdentify = false;
    }
  });

  it('gpu-doctor bot deploy-commands registers the commands through DISCORD_API_BASE', async () => {
    const guild = snowflake();
    const run = await cli(['bot', 'deploy-commands'], { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.api, DISCORD_GUILD_ID: guild });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`registered 4 commands in guild ${guild}`);
    expect(fake.requests.some((r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/guilds/${guild}/commands`)).toBe(true);
  });
});

describe('sharding', () => {
  it('runs two shards under ShardingManager, each answering in its own guilds', async () => {
    // one guild per shard, by Discord's (id >> 22) % shards rule
    const ids: string[] = [];
    while (ids.length < 2) {
      const id = snowflake();
      if (!ids.some((x) => shardOf(x, 2) === shardOf(id, 2))) ids.push(id);
      await new Promise((r) => setTimeout(r, 1));
    }
    const channels = ids.map(() => snowflake());
    const guilds = ids.map((id, i) => fake.addGuild({ id, channels: [{ id: channels[i]!, name: 'gpu-help' }] }));
    const config = loadBotConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.api });
    const manager = await startSharded(config, { shards: 2, entry: DIST_SHARD_ENTRY, env: { DISCORD_CHANNEL_IDS: channels.join(',') }, log: () => undefined, timeoutMs: 20_000 });
    try {
      expect(fake.shardsSeen.map((s) => s.join('/')).sort()).toEqual(['0/2', '1/2']);
      expect(await manager.fetchClientValues('guilds.cache.size')).toEqual([1, 1]);
      const posted = guilds.map((g, i) => fake.postMessage({ guildId: g.id, channelId: channels[i]!, content: '```\n' + ZLIB_LINE + '\n```' }));
      // each shard starts its own diagnose workers (rules compiled per thread): on a loaded machine that takes seconds
      const replies = await Promise.all(posted.map((m) => fake.waitForRequest((r) => r.status === 200 && r.body?.message_reference?.message_id === m.id, 15_000)));
      expect(replies.map((r) => r.path)).toEqual(channels.map((c) => `/channels/${c}/messages`));
    } finally {
      stopSharded(manager);
    }
  }, 60_000);
});
