// One case per public thread in fixtures/corpus: a post added twice (by two helpers, or re-trimmed in a later
// round) counts twice in every score and hides how rules do on posts they were not written from. Addresses are
// compared without scheme, www, query, other anchors, trailing slash or case, and under a repository's current
// name when it moved (fixtures/corpus-renamed-repos.json); another poster's log in the same thread is told apart
// by its comment's address (#issuecomment-N, #discussioncomment-N). Reconstructions carry no address.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORPUS = 'fixtures/corpus';
const renamed = Object.entries(JSON.parse(readFileSync('fixtures/corpus-renamed-repos.json', 'utf8')) as Record<string, string>)
  .filter(([from]) => from !== '//');

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
    for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.json'))) {
      const { source } = JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as { source?: string };
      if (!source || !/^https?:\/\//i.test(source)) continue;
      const thread = threadOf(source);
      byThread.set(thread, [...(byThread.get(thread) ?? []), file.replace(/\.json$/, '')]);
    }
    const repeated = [...byThread].filter(([, cases]) => cases.length > 1).map(([thread, cases]) => `${thread}: ${cases.join(', ')}`);
    expect(repeated, 'keep one case per post (the first added); another poster\'s log in the thread names its comment (#issuecomment-N)').toEqual([]);
  });
});
