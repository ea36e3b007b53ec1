// Loads the bundled `gpu-doctor diagnose` (dist/bin/diagnose.cjs, a CommonJS bundle) with V8's code cache
// (dist/bin/diagnose.cache, written by `npm run build`, scripts/build-code-cache.mjs): a start then reads
// the compiled functions back instead of parsing ~400 KB of JavaScript and compiling each function on first
// call. Node 20 has no module.enableCompileCache, so the bundle is compiled here with vm.Script's cachedData.
//
// The cache file holds a copy of the exact bundle it was made from, and is used only when that copy equals
// the bundle byte for byte (V8 itself compares only the source's length). V8 refuses a cache made by
// another V8 version or with other flags. Either way the bundle is compiled from its source as usual: a
// missing, stale or refused cache costs time, never a wrong answer.
import { readFileSync, writeFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** Starts every cache file; the number is the layout's version. */
const MAGIC = 'gpu-doctor code cache 1\n';
/** CommonJS's module wrapper, as Node's own loader applies it. */
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_TAIL = '\n});';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** whether V8 took the compiled code from the cache */
  cached: boolean;
  /** writes the cache for this bundle, holding every function compiled so far */
  saveCache(path: string): void;
}

/** The V8 code cache in `cacheFile`, when it was made from exactly `source`. */
export function cacheFor(source: Buffer, cacheFile: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return undefined; // not built
  }
  const head = MAGIC.length + 4;
  if (file.length < head || file.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const size = file.readUInt32LE(MAGIC.length);
  if (size !== source.length || file.length < head + size) return undefined;
  return file.subarray(head, head + size).equals(source) ? file.subarray(head + size) : undefined;
}

/**
 * Runs a CommonJS bundle, with the code cache when it fits. `req` resolves the bundle's own require() calls
 * (the caller's require, from the same folder).
 */
export function loadBundle(file: string, cacheFile: string | null, req: NodeJS.Require): LoadedBundle {
  const source = readFileSync(file);
  // the build keeps the bundle ASCII (build-cli.mjs), which V8 takes as one byte a character without decoding
  const text = isAscii(source) ? source.toString('latin1') : source.toString('utf8');
  const cachedData = cacheFile === null ? undefined : cacheFor(source, cacheFile);
  const script = new Script(WRAP_HEAD + text + WRAP_TAIL, { filename: file, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, req, module, file, dirname(file));
  return {
    exports: module.exports,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCache: (path) => writeCodeCache(path, source, script.createCachedData()),
  };
}

/** Writes a cache file: the magic line, the bundle's size and bytes, V8's cached data. */
export function writeCodeCache(path: string, source: Buffer, data: Buffer): void {
  const size = Buffer.alloc(4);
  size.writeUInt32LE(source.length);
  writeFileSync(path, Buffer.concat([Buffer.from(MAGIC, 'latin1'), size, source, data]));
}
