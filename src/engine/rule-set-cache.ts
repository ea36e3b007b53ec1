// The shipped rule set, checked by `npm run build` and saved as one file (dist/rule-set.json) with each rule
// file's name and size: a start reads that file instead of reading, parsing and checking ~65 rule files, which
// was the largest part of `gpu-doctor diagnose` on a short log. The saved set is used only while the folder
// still holds what it was made from: the same file names and sizes, and no file changed after it was written
// (an edited rule, a checkout of another branch, no build yet: the folder is loaded and checked as usual), and
// while the loader's code is not newer than it (tsc rewrites every output file, so a rebuilt loader that was
// not followed by this save does not use what an older loader filled in). An npm tarball gives every file the
// same time stamp, so an installed package uses it too.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagePath } from '../package-root.js';
import type { FactPatternSpec, RuleSpec } from './rule-types.js';

/** Bump when what the loader fills in (literals, joins…) changes: old files are then ignored. */
const FORMAT = 1;

export interface CheckedRules {
  rules: RuleSpec[];
  factPatterns: FactPatternSpec[];
}

interface SavedRuleSet extends CheckedRules {
  format: number;
  /** [path in the folder, size in bytes] of every file the set was loaded from, in loading order */
  files: Array<[string, number]>;
}

export function ruleSetFile(): string {
  return packagePath('dist', 'rule-set.json');
}

/** The files the loader reads: *.json, then facts/*.json, each sorted by name (as load-rules.ts does). */
export function ruleFileNames(dir: string): string[] {
  const json = (sub: string) => {
    try {
      return readdirSync(join(dir, sub)).filter((f) => f.endsWith('.json')).sort().map((f) => (sub ? `${sub}/${f}` : f));
    } catch {
      return [];
    }
  };
  return [...json(''), ...json('facts')];
}

/** The rule set saved for this folder, or null when the folder or the code changed since (or nothing was saved). */
export function readSavedRuleSet(dir: string, file = ruleSetFile(), code = fileURLToPath(import.meta.url)): CheckedRules | null {
  try {
    const savedAt = statSync(file).mtimeMs;
    if (statSync(code).mtimeMs > savedAt) return null;
    const files = ruleFileNames(dir).map((name): [string, number, number] => {
      const s = statSync(join(dir, name));
      return [name, s.size, s.mtimeMs];
    });
    if (files.some(([, , mtime]) => mtime > savedAt)) return null;
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedRuleSet;
    if (saved.format !== FORMAT || saved.files.length !== files.length) return null;
    if (saved.files.some(([name, size], i) => name !== files[i]![0] || size !== files[i]![1])) return null;
    return { rules: saved.rules, factPatterns: saved.factPatterns };
  } catch {
    return null; // not built, unreadable, or not ours: load the folder
  }
}

/** Saves a checked rule set with the names and sizes of its folder's files; returns the file's size. */
export function saveRuleSet(dir: string, set: CheckedRules, file = ruleSetFile()): number {
  const files = ruleFileNames(dir).map((name): [string, number] => [name, statSync(join(dir, name)).size]);
  const text = JSON.stringify({ format: FORMAT, files, rules: set.rules, factPatterns: set.factPatterns } satisfies SavedRuleSet);
  writeFileSync(file, text);
  return text.length;
}
