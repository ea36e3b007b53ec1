// The bundled `diagnose` is loaded with V8's code cache (src/cli/code-cache.ts). A cache that does not belong to
// the bundle beside it must never be used: V8 itself would take a cache made for another source of the same
// length and run the old code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cacheFor } from '../src/cli/code-cache.js';
import { ensureBuilt, ROOT } from './built-cli.js';

/** Two bundles of the same length that answer differently. */
const bundleA = 'exports.answer = function () { return "A" + [1, 2].length; };\n';
const bundleB = 'exports.answer = function () { return "B" + [1, 2].length; };\n';

let codeCache: string;
beforeAll(() => {
  ensureBuilt();
  codeCache = join(ROOT, 'dist/src/cli/code-cache.js');
}, 180_000);

let tmp: string;
let file: string;
let cache: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gpu-doctor-code-cache-'));
  file = join(tmp, 'bundle.cjs');
  cache = join(tmp, 'bundle.cache');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Loads a bundle in a fresh process (in this one, V8 would find the script in its own compilation cache and
 * never look at the file's) and calls its answer(); with `saveTo`, then writes its cache there.
 */
function load(bundle: string, cacheFile: string | null, saveTo?: string): { cached: boolean; answer: string } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `
    import { createRequire } from 'node:module';
    import { loadBundle } from ${JSON.stringify(codeCache)};
    const b = loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(cacheFile)}, createRequire(${JSON.stringify(bundle)}));
    const answer = typeof b.exports.answer === 'function' ? b.exports.answer() : typeof b.exports.main;
    ${saveTo ? `b.saveCache(${JSON.stringify(saveTo)});` : ''}
    process.stdout.write(JSON.stringify({ cached: b.cached, answer }));
  `], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { cached: boolean; answer: string };
}

/** Writes bundle A and its cache (made after A's function ran, so the cache holds its compiled code). */
function cacheOfA(): void {
  writeFileSync(file, bundleA);
  expect(load(file, null, cache)).toEqual({ cached: false, answer: 'A2' });
}

describe('the code cache', () => {
  it('is used for the bundle it was made from', () => {
    cacheOfA();
    expect(load(file, cache)).toEqual({ cached: true, answer: 'A2' });
  });

  it('V8 alone runs a stale cache made for another source of the same length (why the loader compares bytes)', () => {
    const wrap = (s: string) => `(function (exports) { ${s}\n})`;
    const a = new Script(wrap(bundleA));
    const ea: Record<string, () => string> = {};
    (a.runInThisContext() as (e: unknown) => void)(ea);
    ea.answer!();
    const b = new Script(wrap(bundleB), { cachedData: a.createCachedData() });
    const eb: Record<string, () => string> = {};
    (b.runInThisContext() as (e: unknown) => void)(eb);
    expect(b.cachedDataRejected).toBe(false);
    expect(eb.answer!()).toBe('A2'); // the old code, not B's
  });

  it('is not used once the bundle changed, even at the same length: the new code runs', () => {
    cacheOfA();
    writeFileSync(file, bundleB);
    expect(cacheFor(readFileSync(file), cache)).toBeUndefined();
    expect(load(file, cache)).toEqual({ cached: false, answer: 'B2' });
  });

  it('a missing, truncated, foreign or corrupt cache file: compiled from the source, the right answer', () => {
    cacheOfA();
    const good = readFileSync(cache);
    const cases: Array<[string, Buffer | null]> = [
      ['missing', null],
      ['truncated inside the source copy', good.subarray(0, 40)],
      ['another format', Buffer.concat([Buffer.from('gpu-doctor code cache 0\n'), good.subarray(24)])],
      // V8 checks its data's header (magic number, version and flags hashes), not its payload (as Node's own caches)
      ['V8 header garbled', Buffer.concat([good.subarray(0, 28 + bundleA.length), Buffer.alloc(16, 0x5a), good.subarray(28 + bundleA.length + 16)])],
      ['no V8 data', good.subarray(0, 28 + bundleA.length)],
    ];
    for (const [what, bytes] of cases) {
      rmSync(cache, { force: true });
      if (bytes) writeFileSync(cache, bytes);
      expect(load(file, cache), what).toEqual({ cached: false, answer: 'A2' });
    }
  });

  it('a bundle that is not ASCII is read as UTF-8', () => {
    writeFileSync(file, 'exports.answer = function () { return "é的"; };\n');
    expect(load(file, null).answer).toBe('é的');
  });
});

describe('the built bin', () => {
  beforeAll(() => {
    // a lone run of this file after ensureBuilt rebuilt the bundle: write the cache as `npm run build` does
    if (!cacheFor(readFileSync(join(ROOT, 'dist/bin/diagnose.cjs')), join(ROOT, 'dist/bin/diagnose.cache'))) {
      spawnSync(process.execPath, [join(ROOT, 'scripts/build-code-cache.mjs')], { stdio: 'ignore' });
    }
  }, 180_000);

  it('is ASCII, and its cache fits it and is taken by this V8', () => {
    const bundle = join(ROOT, 'dist/bin/diagnose.cjs');
    expect(readFileSync(bundle).every((b) => b < 0x80)).toBe(true);
    expect(load(bundle, join(ROOT, 'dist/bin/diagnose.cache'))).toEqual({ cached: true, answer: 'function' });
  });
});
