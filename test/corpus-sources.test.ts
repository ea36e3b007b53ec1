// One case per public thread in fixtures/corpus: a post added twice (by two helpers, or re-trimmed in a later
// round) counts twice in every score and hides how rules do on posts they were not written from. Addresses are
// compared without scheme, www, query, other anchors, trailing slash or case, and under a repository's current
// name when it moved (fixtures/corpus-renamed-repos.json); another poster's log in the same thread is told apart
// by its comment's address (#issuecomment-N, #discussioncomment-N). Reconstructions carry no address. A thread the
// shared dev sets (../shared/eval-dev*) hold is not taken either: it is scored there already, and a blind round
// that picks it is not blind.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../src/package-root.js';

const CORPUS = 'fixtures/corpus';
const renamed = Object.entries(JSON.parse(readFileSync('fixtures/corpus-renamed-repos.json', 'utf8')) as Record<string, string>)
  .filter(([from]) => from !== '//');

const DEV_SETS = ['eval-dev', 'eval-dev-2026'].map((set) => join(packagePath(), '..', 'shared', set));

/** each case's thread (cases without a public address left out), by case name */
function threadsIn(dir: string): Map<string, string> {
  const threads = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const { source } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { source?: string };
    if (source && /^https?:\/\//i.test(source)) threads.set(file.replace(/\.json$/, ''), threadOf(source));
  }
  return threads;
}

function threadOf(source: string): string {
  const url = source.trim().toLowerCase();
  const comment = /#((?:issue|discussion)comment-\d+)$/.exec(url)?.[1];
  let key = url.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/^https?:\/\/(?:www\.)?/, '');
  for (const [from, to] of renamed) if (key.startsWith(`${from}/`)) key = to + key.slice(from.length);
  return comment ? `${key}#${comment}` : key;
}

describe('corpus sources', () => {
  it('reads one thread under its old and new names and any anchor', () => {
    expect(threadOf('https://github.com/TimDettmers/bitsandbytes/issues/175#top')).toBe(threadOf('https://github.com/bitsandbytes-foundation/bitsandbytes/issues/175/'));
    expect(threadOf('https://github.com/a/b/issues/12#issuecomment-99')).not.toBe(threadOf('https://github.com/a/b/issues/12'));
    expect(threadOf('https://www.reddit.com/r/comfyui/comments/abc/x/?utm_source=share')).toBe('reddit.com/r/comfyui/comments/abc/x');
    expect(threadOf('https://github.com/a/b/issues/12')).not.toBe(threadOf('https://github.com/a/b/issues/123'));
  });

  it('takes each public thread once', () => {
    const byThread = new Map<string, string[]>();
    for (const [name, thread] of threadsIn(CORPUS)) byThread.set(thread, [...(byThread.get(thread) ?? []), name]);
    const repeated = [...byThread].filter(([, cases]) => cases.length > 1).map(([thread, cases]) => `${thread}: ${cases.join(', ')}`);
    expect(repeated, 'keep one case per post (the first added); another poster\'s log in the thread names its comment (#issuecomment-N)').toEqual([]);
  });

  it('takes no thread the shared dev sets hold', () => {
    const devThreads = new Map<string, string>();
    for (const dir of DEV_SETS) for (const [name, thread] of threadsIn(dir)) devThreads.set(thread, name);
    expect(devThreads.size, 'the dev sets are read').toBeGreaterThan(100);
    const taken = [...threadsIn(CORPUS)].filter(([, thread]) => devThreads.has(thread)).map(([name, thread]) => `${name} (dev set: ${devThreads.get(thread)})`);
    expect(taken, 'a dev-set thread is scored there; drop the corpus case').toEqual([]);
  });
});
