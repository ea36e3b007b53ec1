// The bot under hostile input (issue 10, items 5, 11, 12): a raid of many accounts gets one notice per
// window, attachment downloads check every redirect hop's origin (https, default port, allow-listed
// host), and a download that breaks off is answered with "could not read" instead of silence.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, sleep, type Harness } from './fake-discord/harness.js';
import { FetchError, readAttachment } from '../adapters/discord/fetch-log.js';
import { DEFAULT_LIMITS } from '../adapters/discord/config.js';

const ZLIB_LINE = 'Could not locate zlibwapi.dll. Please make sure it is in your library path!';

let h: Harness | undefined;
let other: Server | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
  await new Promise<void>((r) => (other ? other.close(() => r()) : r()));
  other = undefined;
});

/** Another local service, the kind a redirect must not reach; counts its requests. */
async function localService(): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  other = createServer((_req, res) => { hits++; res.end(`${ZLIB_LINE}\n`); });
  await new Promise<void>((r) => other!.listen(0, '127.0.0.1', () => r()));
  const port = (other.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/internal/admin.log`, hits: () => hits };
}

describe('flood notices', () => {
  it('30 accounts past the global limit get one notice in the channel, then silence, and the log says so', async () => {
    h = await startHarness({ limits: { globalCount: 3, perUserCount: 4 } });
    const posts = Array.from({ length: 30 }, () => h!.fake.postMessage({ guildId: h!.guild.id, channelId: h!.helpId, author: h!.fake.user(), content: '```\n' + ZLIB_LINE + '\n```' }));
    await h.fake.waitForRequest(() => h!.fake.requests.filter((r) => r.method === 'POST' && r.body?.message_reference).length >= 4, 8000);
    await sleep(500);
    const replies = posts.flatMap((p) => h!.repliesTo(p.id));
    const answered = replies.filter((r) => r.body.embeds?.length);
    const notices = replies.filter((r) => /limit|busy|try again/i.test(r.body.content ?? ''));
    expect(answered).toHaveLength(3);
    expect(notices).toHaveLength(1);
    expect(replies).toHaveLength(4);
    expect(h.logs.some((l) => /global limit: notice already posted; further ones are not posted/.test(l))).toBe(true);
  });

  it('a full queue is announced once per window, not once per refused message', async () => {
    h = await startHarness({ limits: { concurrency: 1, queueSize: 1 } });
    h.fake.attachmentDelayMs = 400;
    const posts = Array.from({ length: 8 }, () => {
      const att = h!.fake.addAttachment('error.log', `${ZLIB_LINE}\n`);
      return h!.fake.postMessage({ guildId: h!.guild.id, channelId: h!.helpId, author: h!.fake.user(), attachments: [att] });
    });
    await Promise.all(posts.slice(0, 2).map((p) => h!.replyTo(p.id, 8000)));
    await sleep(300);
    const busy = posts.flatMap((p) => h!.repliesTo(p.id)).filter((r) => r.body.content === 'Too many logs are waiting to be read. Try again in a minute.');
    expect(busy).toHaveLength(1);
    expect(h.logs.some((l) => /busy: notice already posted/.test(l))).toBe(true);
  });
});

describe('attachment downloads', () => {
  it('a redirect to another local service is not followed: the user is told, the service sees nothing', async () => {
    h = await startHarness();
    const svc = await localService();
    const att = h.fake.addRedirect('train.log', svc.url);
    const msg = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, attachments: [att] });
    const reply = await h.replyTo(msg.id);
    expect(reply.body.content).toBe(`Could not read train.log: attachments from ${new URL(svc.url).origin} are not fetched`);
    expect(svc.hits()).toBe(0);
  });

  it('a redirect within the allowed origin is followed, hop by hop', async () => {
    h = await startHarness();
    const real = h.fake.addAttachment('real.log', `${ZLIB_LINE}\n`);
    const att = h.fake.addRedirect('moved.log', real.url);
    const msg = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, attachments: [att] });
    const reply = await h.replyTo(msg.id);
    expect(reply.body.embeds[0].description).toContain(ZLIB_LINE);
  });

  it('a download that breaks off half-way is answered: the log could not be read', async () => {
    h = await startHarness();
    const att = h.fake.addBrokenAttachment('crash.log', `${'x'.repeat(200_000)}\n${ZLIB_LINE}\n`);
    const msg = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, attachments: [att] });
    const reply = await h.replyTo(msg.id);
    expect(reply.body.content).toMatch(/^Could not read crash\.log: the download failed \(.+\)$/);
  });

  it.each([
    ['another port', 'https://cdn.discordapp.com:8443/attachments/1/2/a.log'],
    ['plain http', 'http://cdn.discordapp.com/attachments/1/2/a.log'],
    ['credentials before another host', 'https://cdn.discordapp.com@localhost/attachments/1/2/a.log'],
    ['a look-alike host', 'https://cdn.discordapp.com.evil.example/a.log'],
    ['a file URL', 'file:///etc/passwd'],
  ])('refuses %s before any request', async (_what, url) => {
    const origins = new Set(['https://cdn.discordapp.com', 'https://media.discordapp.net']);
    const err = await readAttachment({ name: 'a.log', url, size: 10 }, DEFAULT_LIMITS, origins, AbortSignal.timeout(1000)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as Error).message).toMatch(/are not fetched$/);
  });
});
