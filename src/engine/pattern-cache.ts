// Verdicts of pattern-check.ts by pattern text. `npm run build` writes them for the shipped rules into
// dist/pattern-verdicts.json (scripts/pattern-verdicts.ts); a pattern not in the file (a user's rule folder, a
// rule edited since the build) is checked at load time, and a start that checked the shipped rules again keeps
// its verdicts in the user's cache (user-cache.ts), so the next edit re-checks only the patterns it changed. The
// key includes CHECK_VERSION: a change to the checks makes old verdicts unused.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packagePath } from '../package-root.js';
import { shippedBuildFile } from './shipped-build.js';
import { userCacheFile, writeCacheFile } from './user-cache.js';
import type { JoinEdges } from './literals/join-edges.js';

/** What pattern-check.ts proves about a pattern: the literals every match contains, or why it is refused. */
export type PatternVerdict = { literals: string[]; joins: boolean; joinEdges?: JoinEdges; nonAscii?: boolean; also?: string[] } | { problem: string };

/** Bump when what the checks compute changes. */
const CHECK_VERSION = 8;

/** dist/'s verdicts */
let verdicts: Map<string, PatternVerdict> | null = null;
/** the verdicts read from the user's cache, kept to write them back with the fresh ones */
let fromUserCache: Record<string, PatternVerdict> = {};
/**
 * The verdicts this process used that dist/'s file lacks: computed here or taken from the user's cache (the
 * build writes all of them into dist/, so a builder's own cache never leaves its dist/ short of one)
 */
const fresh = new Map<string, PatternVerdict>();
let computed = 0;

const VERDICTS_NAME = 'pattern-verdicts.json';

export function verdictFile(): string {
  return packagePath('dist', VERDICTS_NAME);
}

function userVerdictFile(): string {
  return userCacheFile(VERDICTS_NAME);
}

function readVerdicts(file: string): Record<string, PatternVerdict> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, PatternVerdict>;
  } catch {
    return {}; // no file (not built, or a fresh checkout under vitest; no cache yet): every pattern is checked
  }
}

// node:crypto is loaded on first use: a start with the saved rule set (rule-set-cache.ts) checks no pattern
let createHash: typeof import('node:crypto').createHash | undefined;

function keyOf(parts: unknown[]): string {
  createHash ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash;
  return createHash('sha256').update(JSON.stringify([CHECK_VERSION, ...parts])).digest('base64url').slice(0, 22);
}

export function cachedVerdict(parts: unknown[]): PatternVerdict | undefined {
  if (verdicts === null) {
    fromUserCache = readVerdicts(userVerdictFile());
    const built = readVerdicts(verdictFile());
    // (a checkout without dist/, as the Action runs: the bundle's copy, shipped-build.ts)
    const copy = Object.keys(built).length > 0 ? undefined : shippedBuildFile(VERDICTS_NAME);
    verdicts = new Map(Object.entries(copy ? readVerdicts(copy) : built));
  }
  const key = keyOf(parts);
  const known = verdicts.get(key) ?? fresh.get(key);
  if (known !== undefined || !Object.hasOwn(fromUserCache, key)) return known;
  fresh.set(key, fromUserCache[key]!);
  return fromUserCache[key];
}

export function rememberVerdict(parts: unknown[], verdict: PatternVerdict): void {
  fresh.set(keyOf(parts), verdict);
  computed++;
}

/**
 * Writes every verdict this process used that dist/'s file lacked (the build removes that file, then loads the
 * shipped rules: all of them).
 */
export function writeVerdicts(path = verdictFile()): number {
  const all = Object.fromEntries(fresh);
  writeFileSync(path, JSON.stringify(all));
  return fresh.size;
}

/** Adds the verdicts computed in this process to those in the user's cache. */
export function writeUserVerdicts(): void {
  if (computed > 0) writeCacheFile(userVerdictFile(), JSON.stringify({ ...fromUserCache, ...Object.fromEntries(fresh) }));
}
