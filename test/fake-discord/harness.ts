// Starts the fake Discord and the real bot (discord.js Client) against it, for the end-to-end tests.
import { FakeDiscord, snowflake, type FakeGuild, type RecordedRequest } from './server.mjs';
import { loadBotConfig, type BotConfig, type BotLimits } from '../../adapters/discord/config.js';
import { HelpBot } from '../../adapters/discord/bot.js';
import type { DiagnosePool } from '../../src/service/diagnose-pool.js';

export interface Harness {
  fake: FakeDiscord;
  bot: HelpBot;
  guild: FakeGuild;
  config: BotConfig;
  /** watched text channel, unwatched channel, watched forum and a post (thread) in it */
  helpId: string;
  otherId: string;
  forumId: string;
  postId: string;
  logs: string[];
  stop(): Promise<void>;
  /** the bot's reply to a message (a POST to the channel referencing it) */
  replyTo(messageId: string, timeoutMs?: number): Promise<RecordedRequest>;
  repliesTo(messageId: string): RecordedRequest[];
}

export async function startHarness(opts: { limits?: Partial<BotLimits>; locale?: string; honourRange?: boolean; pool?: DiagnosePool; publicUrl?: string } = {}): Promise<Harness> {
  const fake = await new FakeDiscord({ honourRange: opts.honourRange ?? true }).start();
  const helpId = snowflake();
  const otherId = snowflake();
  const forumId = snowflake();
  const postId = snowflake();
  const guild = fake.addGuild({
    locale: opts.locale ?? 'en-US',
    channels: [{ id: helpId, name: 'gpu-help' }, { id: otherId, name: 'general' }, { id: forumId, name: 'help-forum', type: 15 }],
    threads: [{ id: postId, parent_id: forumId, name: 'CUDA broken after update' }],
  });
  // only what the bot needs; DISCORD_TOKEN stays out of process.env
  const base = loadBotConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.api, DISCORD_CHANNEL_IDS: `${helpId},${forumId}` });
  const config: BotConfig = { ...base, limits: { ...base.limits, ...opts.limits }, ...(opts.publicUrl ? { publicUrl: opts.publicUrl } : {}) };
  const logs: string[] = [];
  const bot = new HelpBot({ config, log: (l) => logs.push(l), clientOptions: { rest: { retries: 1, timeout: 3000 } }, ...(opts.pool ? { pool: opts.pool } : {}) });
  await bot.start();
  const isReplyTo = (id: string) => (r: RecordedRequest) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.status === 200 && r.body?.message_reference?.message_id === id;
  return {
    fake, bot, guild, config, helpId, otherId, forumId, postId, logs,
    async stop() { await bot.stop(); await opts.pool?.close(); await fake.stop(); },
    replyTo: (id, timeoutMs = 4000) => fake.waitForRequest(isReplyTo(id), timeoutMs),
    repliesTo: (id) => fake.requests.filter(isReplyTo(id)),
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
