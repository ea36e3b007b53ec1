// Large attachments, time limits and the bounded queue, end to end against the fake Discord.
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, sleep, type Harness } from './fake-discord/harness.js';

const ZLIB_LINE = 'Could not locate zlibwapi.dll. Please make sure it is in your library path!';
const MB = 1 << 20;

/** A 20 MB training log: the failure is only in the last lines, as in real crash logs. */
function hugeLog(): Buffer {
  const head = '2023-03-14 21:05:11.482913: I tensorflow/core/platform/cpu_feature_guard.cc:193] This TensorFlow binary is optimized\n';
  const step = 'Epoch 3/50  812/1875 [=========>....................] - ETA: 41s - loss: 0.4821 - accuracy: 0.8312\n';
  const body = step.repeat(Math.ceil((20 * MB) / step.length));
  return Buffer.from(`${head}${body}2023-03-14 21:09:02.113000: I tensorflow/stream_executor/cuda/cuda_dnn.cc:384] Loaded cuDNN version 8600\n${ZLIB_LINE}\n\nProcess finished with exit code -1073740791 (0xC0000409)\n`);
}

let h: Harness | undefined;
afterEach(async () => { await h?.stop(); h = undefined; });

describe('discord bot limits', () => {
  for (const honourRange of [true, false]) {
    it(`reads only the head and tail of a 20 MB attachment and says so (${honourRange ? 'HTTP Range' : 'server ignores Range'})`, async () => {
      h = await startHarness({ honourRange });
      const bytes = hugeLog();
      const att = h.fake.addAttachment('train.log', bytes);
      const msg = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, attachments: [att] });
      const reply = await h.replyTo(msg.id);
      const embed = reply.body.embeds[0];
      expect(embed.description).toContain(ZLIB_LINE);
      expect(embed.description).toMatch(/This log is 20\.0 MB; only the first 512 KB and the last 512 KB were read/);
      const downloads = h.fake.requests.filter((r) => r.path.startsWith(`/attachments/${att.id}/`));
      if (honourRange) expect(downloads.map((r) => r.range)).toEqual(['bytes=0-524287', 'bytes=-524288']);
      else expect(downloads).toHaveLength(1);
    });
  }

  it('gives up on a log that takes longer than the per-log time limit, and says so', async () => {
    h = await startHarness({ limits: { logTimeoutMs: 200 } });
    h.fake.attachmentDelayMs = 1000;
    const att = h.fake.addAttachment('slow.log', `${ZLIB_LINE}\n`);
    const msg = h.fake.postMessage({ guildId: h.guild.id, channelId: h.helpId, attachments: [att] });
    const reply = await h.replyTo(msg.id, 3000);
    expect(reply.body.content).toBe('slow.log took longer than 0.2 s to read and was skipped.');
    expect(reply.body.embeds ?? []).toHaveLength(0);
  });

  it('refuses work beyond the queue bound instead of piling it up', async () => {
    h = await startHarness({ limits: { concurrency: 1, queueSize: 1 } });
    h.fake.attachmentDelayMs = 300;
    const posts = [0, 1, 2].map(() => {
      const att = h!.fake.addAttachment('error.log', `${ZLIB_LINE}\n`);
      return h!.fake.postMessage({ guildId: h!.guild.id, channelId: h!.helpId, author: h!.fake.user(), attachments: [att] });
    });
    const replies = await Promise.all(posts.map((p) => h!.replyTo(p.id)));
    const busy = replies.filter((r) => r.body.content === 'Too many logs are waiting to be read. Try again in a minute.');
    const answered = replies.filter((r) => r.body.embeds?.length === 1);
    expect(busy).toHaveLength(1);
    expect(answered).toHaveLength(2);
    await sleep(10);
  });
});
