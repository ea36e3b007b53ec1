// Verdicts of pattern-check.ts by pattern text. `npm run build` writes them for the shipped rules into
// dist/pattern-verdicts.json (scripts/pattern-verdicts.ts); a pattern not in the file (a user's rule folder, a
// rule edited since the build) is checked at load time. The key includes CHECK_VERSION: a change to the checks
// makes old verdicts unused.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packagePath } from '../package-root.js';
import type { JoinEdges } from './literals/join-edges.js';

/** What pattern-check.ts proves about a pattern: the literals every match contains, or why it is refused. */
export type PatternVerdict = { literals: string[]; joins: boolean; joinEdges?: JoinEdges; nonAscii?: boolean; also?: string[] } | { problem: string };

/** Bump when what the checks compute changes. */
const CHECK_VERSION = 8;

let verdicts: Map<string, PatternVerdict> | null = null;
const fresh = new Map<string, PatternVerdict>();

export function verdictFile(): string {
  return packagePath('dist', 'pattern-verdicts.json');
}

// node:crypto is loaded on first use: a start with the saved rule set (rule-set-cache.ts) checks no pattern
let createHash: typeof import('node:crypto').createHash | undefined;

function keyOf(parts: unknown[]): string {
  createHash ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash;
  return createHash('sha256').update(JSON.stringify([CHECK_VERSION, ...parts])).digest('base64url').slice(0, 22);
}

export function cachedVerdict(parts: unknown[]): PatternVerdict | undefined {
  if (verdicts === null) {
    verdicts = new Map();
    try {
      for (const [k, v] of Object.entries(JSON.parse(readFileSync(verdictFile(), 'utf8')) as Record<string, PatternVerdict>)) verdicts.set(k, v);
    } catch {
      // no file (not built, or a fresh checkout under vitest): every pattern is checked
    }
  }
  const key = keyOf(parts);
  return verdicts.get(key) ?? fresh.get(key);
}

export function rememberVerdict(parts: unknown[], verdict: PatternVerdict): void {
  fresh.set(keyOf(parts), verdict);
}

/** Writes every verdict computed in this process (the build runs the loader over the shipped rules first). */
export function writeVerdicts(path = verdictFile()): number {
  const all = Object.fromEntries(fresh);
  writeFileSync(path, JSON.stringify(all));
  return fresh.size;
}
