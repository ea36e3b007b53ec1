// Opened shares keep their answer for a while (adapters/web/recent-answers.ts): a share link opened again
// is not diagnosed again, in the same language, until its answer is ten minutes old; a deleted share is
// gone at once (the store is asked first) and its answers with it. The diagnoser is the real worker pool,
// counted; the store is the real file store; the clock is injected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiagnoser, type Diagnoser } from '../adapters/web/diagnoser.js';
import { ShareService } from '../adapters/web/share-service.js';
import { RecentAnswers } from '../adapters/web/recent-answers.js';
import { FileShareStore } from '../adapters/web/store/file-store.js';
import { HttpError } from '../adapters/web/http-error.js';
import { ensureBuilt, ROOT } from './built-cli.js';

const ZLIB_LOG = readFileSync(join(ROOT, 'fixtures/logs/tf-zlibwapi-windows.log'));
const DAY = 86_400_000;

describe('answers of opened shares', () => {
  let dir: string;
  let pool: Diagnoser;
  let store: FileShareStore;
  const clock = { now: Date.now() };
  const calls: string[] = [];
  let shares: ShareService;

  beforeAll(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-answers-'));
    pool = createDiagnoser({ workers: 1, queueSize: 8, deadlineMs: 10_000 });
    const counted: Diagnoser = { ...pool, diagnose: (input, lang, opts) => { calls.push(`${typeof input === 'string' ? 'stored' : 'sent'}:${lang}`); return pool.diagnose(input, lang, opts); } };
    store = await FileShareStore.open(dir, 1 << 20, () => clock.now);
    shares = new ShareService(store, counted, 30 * DAY, () => clock.now);
  }, 60_000);
  afterAll(async () => {
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a share opened again in the same language is answered without a new diagnosis, for ten minutes', async () => {
    const { record, diagnosis } = await shares.create(ZLIB_LOG, 'en');
    calls.length = 0;
    const first = await shares.open(record.id, 'en');
    const again = await shares.open(record.id, 'en');
    expect(calls).toEqual(['stored:en']);
    expect(again.diagnosis.views).toEqual(first.diagnosis.views);
    expect(first.diagnosis.views.map((v) => v.id)).toEqual(diagnosis.views.map((v) => v.id));
    expect(again.changed).toBe(false);
    // another language is its own answer
    const zh = await shares.open(record.id, 'zh-CN');
    expect(calls).toEqual(['stored:en', 'stored:zh-CN']);
    expect(zh.diagnosis.views[0]!.title).toMatch(/[\u4e00-\u9fff]/);
    clock.now += 9 * 60_000;
    await shares.open(record.id, 'en');
    expect(calls).toHaveLength(2);
    clock.now += 2 * 60_000;
    await shares.open(record.id, 'en');
    expect(calls).toEqual(['stored:en', 'stored:zh-CN', 'stored:en']);
  }, 30_000);

  it('a deleted or expired share is not found, whatever answer was kept', async () => {
    const made = await shares.create(ZLIB_LOG, 'en');
    await shares.open(made.record.id, 'en');
    await shares.remove(made.record.id, made.deleteKey);
    await expect(shares.open(made.record.id, 'en')).rejects.toSatisfy((e) => e instanceof HttpError && e.statusCode === 404);

    const short = await shares.create(ZLIB_LOG, 'en');
    await shares.open(short.record.id, 'en');
    clock.now += 31 * DAY;
    await expect(shares.open(short.record.id, 'en')).rejects.toSatisfy((e) => e instanceof HttpError && e.statusCode === 404);
  }, 30_000);
});

describe('RecentAnswers', () => {
  const answer = (lines: number) => ({ views: [], lines });

  it('keeps at most its number of answers, dropping the least recently used', () => {
    const answers = new RecentAnswers(2, 60_000, () => 0);
    answers.set('a:en', answer(1));
    answers.set('b:en', answer(2));
    expect(answers.get('a:en')?.lines).toBe(1); // a is now the most recently used
    answers.set('c:en', answer(3));
    expect([answers.get('a:en')?.lines, answers.get('b:en'), answers.get('c:en')?.lines]).toEqual([1, undefined, 3]);
    expect(answers.size).toBe(2);
  });

  it('forgets a share in every language', () => {
    const answers = new RecentAnswers(10, 60_000, () => 0);
    answers.set('abc:en', answer(1));
    answers.set('abc:zh-CN', answer(1));
    answers.set('abcd:en', answer(2));
    answers.forget('abc:');
    expect([answers.get('abc:en'), answers.get('abc:zh-CN'), answers.get('abcd:en')?.lines]).toEqual([undefined, undefined, 2]);
  });
});
