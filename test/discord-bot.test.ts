// End to end: the real discord.js client against the fake Discord in test/fake-discord.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';
import { viewFindings } from '../src/report/view.js';
import { startHarness, sleep, type Harness } from './fake-discord/harness.js';
import { assertWithinLimits } from '../adapters/discord/embed.js';

const LOG = readFileSync(new URL('../fixtures/logs/tf-zlibwapi-windows.log', import.meta.url), 'utf8');
const ZLIB_LINE = 'Could not locate zlibwapi.dll. Please make sure it is in your library path!';

/** What the engine itself says about a log: the bot must present exactly this. */
async function engineRoot(text: string, lang: 'en' | 'zh-CN' = 'en') {
  const d = await diagnoseText(text);
  return viewFindings(d.findings, d.facts, lang)[0]!;
}

let h: Harness;
beforeAll(async () => { h = await startHarness({ limits: { perUserCount: 4 } }); });
afterAll(async () => { await h?.stop(); });

describe('discord bot end to end', () => {
  it('logs in through the fake API and receives the guild and its channels', () => {
    expect(h.bot.client.user?.id).toBe(h.fake.applicationId);
    expect(h.fake.requests.some((r) => r.path === '/gateway/bot' && r.status === 200)).toBe(true);
    const guild = h.bot.client.guilds.cache.get(h.guild.id);
    expect(guild?.channels.cache.has(h.helpId)).toBe(true);
  });

  it('answers a message with a .log attachment with the engine\'s root cause, as a reply that pings no one', async () => {
    const root = await engineRoot(LOG);
    const att = h.fake.addAttachment('message.txt', LOG);
    const msg = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, content: 'my training crashes, help', attachments: [att] });
    const reply = await h.replyTo(msg.id);
    const embed = reply.body.embeds[0];
    expect(embed.title).toContain(root.title);
    expect(embed.description).toContain(root.id);
    expect(embed.description).toContain(ZLIB_LINE);
    expect(embed.description).toContain(root.fixes[0]!.title);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    assertWithinLimits(reply.body.embeds);
  });

  it('answers a code block in a forum post, and stays quiet where there is no log or the channel is not watched', async () => {
    const user = h.fake.user();
    const chat = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, author: user, content: 'does anyone know if a 3060 is enough for llama?' });
    const elsewhere = h.fake.postMessage({ guildId: h.guild.id, channelId: h.otherId, content: '```\n' + LOG + '\n```' });
    const post = h.fake.postMessage({ guildId: h.guild.id, channelId: h.postId, content: 'after the update:\n```text\n' + LOG + '\n```' });
    const reply = await h.replyTo(post.id);
    expect(reply.path).toBe(`/channels/${h.postId}/messages`);
    expect(reply.body.embeds[0].description).toContain(ZLIB_LINE);
    await sleep(100);
    expect(h.repliesTo(chat.id)).toHaveLength(0);
    expect(h.repliesTo(elsewhere.id)).toHaveLength(0);
  });

  it('never pings for @everyone in a log, and quotes evidence redacted', async () => {
    const log = `@everyone @here <@123456789012345678> help!!\nC:\\Users\\jsmith\\env> python train.py\n${ZLIB_LINE.replace('zlibwapi.dll.', 'zlibwapi.dll. (C:\\Users\\jsmith\\env)')}\n`;
    const msg = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, content: '```\n' + log + '```' });
    const reply = await h.replyTo(msg.id);
    expect(reply.body.allowed_mentions.parse).toEqual([]);
    expect(reply.body.allowed_mentions.replied_user).toBe(false);
    const text = JSON.stringify(reply.body.embeds);
    expect(text).toContain('C:\\\\Users\\\\<user>\\\\env');
    expect(text).not.toContain('jsmith');
  });

  it('retries a reply that Discord answers with 429', async () => {
    h.fake.failNext('POST', new RegExp(`^/channels/${h.helpId}/messages$`), 429);
    const msg = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, content: '```\n' + LOG + '\n```' });
    const reply = await h.replyTo(msg.id);
    const attempts = h.fake.requests.filter((r) => r.body?.message_reference?.message_id === msg.id);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(reply.body.embeds[0].description).toContain(ZLIB_LINE);
  });

  it('answers a flood from one user with one rate-limit notice and stays quiet after it', async () => {
    const user = h.fake.user();
    const sent = Array.from({ length: 7 }, (_, i) => h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, author: user, content: `try ${i}\n\`\`\`\n${ZLIB_LINE}\n\`\`\`` }));
    const replies = await Promise.all(sent.slice(0, 5).map((m) => h.replyTo(m.id)));
    await sleep(150);
    expect(replies.slice(0, 4).every((r) => r.body.embeds?.length === 1)).toBe(true);
    expect(replies[4]!.body.embeds ?? []).toHaveLength(0);
    expect(replies[4]!.body.content).toMatch(/4 logs per 60 s/);
    expect(h.repliesTo(sent[5]!.id)).toHaveLength(0);
    expect(h.repliesTo(sent[6]!.id)).toHaveLength(0);
    // someone else is not held up by that flood
    const other = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, content: '```\n' + ZLIB_LINE + '\n```' });
    expect((await h.replyTo(other.id)).body.embeds).toHaveLength(1);
  });

  it('keeps running when a handler throws (Discord refuses the reply)', async () => {
    h.fake.failNext('POST', new RegExp(`^/channels/${h.helpId}/messages$`), 403);
    const first = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, content: '```\n' + LOG + '\n```' });
    await h.fake.waitForRequest((r) => r.status === 403 && r.body?.message_reference?.message_id === first.id);
    await sleep(50);
    expect(h.logs.some((l) => l.includes(`message ${first.id} failed`))).toBe(true);
    const second = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, content: '```\n' + LOG + '\n```' });
    expect((await h.replyTo(second.id)).body.embeds).toHaveLength(1);
  });
});
