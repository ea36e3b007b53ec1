// The shipped rule set, checked by `npm run build` and saved as one file (dist/rule-set.json) with each rule
// file's name and size: a start reads that file instead of reading, parsing and checking ~65 rule files, which
// was the largest part of `gpu-doctor diagnose` on a short log. The saved set is used only while the folder
// still holds what it was made from: the same file names and sizes, and, in a checkout, no file changed after
// it was written (an edited rule, a checkout of another branch, no build yet: the folder is loaded and checked
// as usual) and a loader not newer than it (tsc rewrites every output file, so a rebuilt loader not followed
// by this save does not use what an older loader filled in). In an installed package (under node_modules)
// the time stamps are those of the unpacking, in no useful order; its files come from one tarball, so the
// names and sizes are checked only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagePath } from '../package-root.js';
import { userCacheFile, writeCacheFile } from './user-cache.js';
import type { FactPatternSpec, RuleSpec } from './rule-types.js';
import type { SavedPatternIndex } from './line-scanner.js';
import type { SavedConditions } from './evaluate.js';

/** A path inside an installed package. */
const INSTALLED = /[\\/]node_modules[\\/]/;

/** Bump when what the loader fills in (literals, joins…) or the file's layout changes: old files are then ignored. */
const FORMAT = 6;

export interface CheckedRules {
  rules: RuleSpec[];
  factPatterns: FactPatternSpec[];
  /** the scanner's tables for these patterns, as the build derived them (log-scan.ts scannerIndex) */
  index?: SavedPatternIndex;
  /** what evaluate.ts derives from the rules' conditions (deriveConditions) */
  conditions?: SavedConditions;
}

/** The parts of a rule read only for the findings shown (or by explain and the warm-up): about 60 % of the set. */
const TEXT_KEYS = ['title', 'why', 'fixes', 'examples'] as const;
type TextKey = (typeof TEXT_KEYS)[number];
/** A rule as saved: its texts stay in the file's text part, at [start, end). */
type SavedRule = Omit<RuleSpec, TextKey> & { texts: [number, number] };

/**
 * The file: this object as JSON on the first line, then the rules' texts (each rule's JSON one after the
 * other, no separator); all ASCII.
 */
interface SavedRuleSet {
  format: number;
  /** [path in the folder, size in bytes] of every file the set was loaded from, in loading order */
  files: Array<[string, number]>;
  rules: SavedRule[];
  factPatterns: FactPatternSpec[];
  index?: SavedPatternIndex;
  conditions?: SavedConditions;
  /** sha256 of the folder's files, in `files` order: what a copy whose time stamps say nothing is checked by */
  digest?: string;
}

export const RULE_SET_NAME = 'rule-set.json';

export function ruleSetFile(): string {
  return packagePath('dist', RULE_SET_NAME);
}

/** The shipped rules as a start saved them when dist/ did not hold them (user-cache.ts). */
export function userRuleSetFile(): string {
  return userCacheFile(RULE_SET_NAME);
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

/**
 * The rule set saved for this folder, or null when the folder or the code changed since (or nothing was saved).
 * `byContent`: a copy that came with the code in a checkout (the Action bundle's, shipped-build.ts), whose time
 * stamps are those of the checkout: it is used when the folder's files hold exactly the bytes it was made from.
 */
export function readSavedRuleSet(dir: string, file = ruleSetFile(), code = fileURLToPath(import.meta.url), byContent = false): CheckedRules | null {
  try {
    // an installed package's time stamps say nothing (see above), nor a checkout's
    const savedAt = INSTALLED.test(file) || byContent ? Infinity : statSync(file).mtimeMs;
    if (statSync(code).mtimeMs > savedAt) return null;
    const files = ruleFileNames(dir).map((name): [string, number, number] => {
      const s = statSync(join(dir, name));
      return [name, s.size, s.mtimeMs];
    });
    if (files.some(([, , mtime]) => mtime > savedAt)) return null;
    // saved as ASCII (see saveRuleSet), which V8 reads one byte a character, without decoding UTF-8
    const bytes = readFileSync(file);
    const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
    const cut = text.indexOf('\n');
    if (cut < 0) return null;
    const saved = JSON.parse(text.slice(0, cut)) as SavedRuleSet;
    if (saved.format !== FORMAT || saved.files.length !== files.length) return null;
    if (saved.files.some(([name, size], i) => name !== files[i]![0] || size !== files[i]![1])) return null;
    if (byContent && saved.digest !== folderDigest(dir, saved.files)) return null;
    const texts = text.slice(cut + 1);
    return { rules: saved.rules.map((r) => withLazyTexts(r, texts)), factPatterns: saved.factPatterns, index: saved.index, conditions: saved.conditions };
  } catch {
    return null; // not built, unreadable, or not ours: load the folder
  }
}

/**
 * A saved rule with its texts as properties parsed on first use (then kept): a run parses the texts of the
 * findings it shows only. Assigning one replaces it as a plain property.
 */
function withLazyTexts({ texts: [start, end], ...core }: SavedRule, texts: string): RuleSpec {
  const rule = core as RuleSpec;
  let parsed: Pick<RuleSpec, TextKey> | undefined;
  for (const key of TEXT_KEYS) {
    Object.defineProperty(rule, key, {
      enumerable: true,
      configurable: true,
      get: () => (parsed ??= JSON.parse(texts.slice(start, end)) as Pick<RuleSpec, TextKey>)[key],
      set: (value: unknown) => Object.defineProperty(rule, key, { value, writable: true, enumerable: true, configurable: true }),
    });
  }
  return rule;
}

/** Non-ASCII characters (the Chinese texts, CJK patterns) as \u escapes: the file is ASCII. */
const ascii = (json: string): string => json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * A copy without the `note`s of patterns and conditions: prose for the rule's readers that nothing reads at run
 * time, ~15 % of the file's first line, which every start parses (the rule folder keeps them).
 */
const withoutNotes = <T>(value: T): T => JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'note' && typeof v === 'string' ? undefined : v))) as T;

/** sha256 of a rule folder's files (names as ruleFileNames gives them), read as they are. */
function folderDigest(dir: string, files: Array<[string, number]>): string {
  // (node:crypto is loaded only here: a start that trusts dist/'s time stamps never needs it)
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const hash = createHash('sha256');
  for (const [name] of files) hash.update(readFileSync(join(dir, name)));
  return hash.digest('base64url');
}

/** Saves a checked rule set with the names and sizes of its folder's files (the rules' `note`s left out); returns the file's size. */
export function saveRuleSet(dir: string, set: CheckedRules, file = ruleSetFile()): number {
  const files = ruleFileNames(dir).map((name): [string, number] => [name, statSync(join(dir, name)).size]);
  let at = 0;
  const texts: string[] = [];
  const rules = set.rules.map((r): SavedRule => {
    const { title, why, fixes, examples, ...core } = r;
    const t = ascii(JSON.stringify({ title, why, fixes, examples }));
    texts.push(t);
    at += t.length;
    return { ...withoutNotes(core), texts: [at - t.length, at] };
  });
  const text = `${ascii(JSON.stringify({ format: FORMAT, files, rules, factPatterns: withoutNotes(set.factPatterns), index: set.index, conditions: set.conditions, digest: folderDigest(dir, files) } satisfies SavedRuleSet))}\n${texts.join('')}`;
  writeCacheFile(file, text);
  return text.length;
}
