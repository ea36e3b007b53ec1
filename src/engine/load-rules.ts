// Reads and validates rules/*.json and rules/facts/*.json. A malformed file is a clear error naming
// the file and the problem, never a stack trace. Patterns may use the shared pieces of rules/fragments.json
// (fragments.ts): they are put in first, so every check below sees the whole pattern.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../package-root.js';
import { KnownError } from '../errors.js';
import { REASONS_SLOT, type FactPatternSpec, type PatternSpec, type RuleSpec } from './rule-types.js';
import { checkLineStart, checkPattern } from './pattern-check.js';
import { readSavedRuleSet, RULE_SET_NAME, userRuleSetFile, type CheckedRules } from './rule-set-cache.js';
import { shippedBuildFile } from './shipped-build.js';
import { expandFragments, FRAGMENTS_FILE, readFragments, type Fragments } from './fragments.js';

const CONTEXTS = new Set(['windows', 'linux', 'wsl', 'macos', 'container']);

export class RuleFileError extends KnownError {}

export interface RuleSet extends CheckedRules {
  dir: string;
  /**
   * Set when this process read and checked the shipped folder because no saved set fits it (the rules changed
   * since the build): when the reading began (Date.now()) and how long it took. rule-set-save.ts saves the
   * result in the user's cache for later starts.
   */
  checkedNow?: { at: number; ms: number };
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The rules/ folder shipped with the package. */
let shippedRulesDir: string | undefined;
/** (worked out once: every diagnosis of a long-lived process asks, and path.join was ~1 % of a 10 KB one) */
export function defaultRulesDir(): string {
  return (shippedRulesDir ??= packagePath('rules'));
}

let cached: RuleSet | null = null;

export function loadRuleSet(dir = process.env.GPU_DOCTOR_RULES ?? defaultRulesDir()): RuleSet {
  if (cached && cached.dir === dir) return cached;
  // the shipped folder, unchanged since the build, was checked then (rule-set-cache.ts), or since then by an
  // earlier start (user-cache.ts); not when running the TypeScript sources (vitest), whose loader may be newer
  // than the last build
  const shipped = dir === defaultRulesDir() && !import.meta.url.endsWith('.ts');
  const saved = shipped ? readSavedRuleSet(dir) ?? carriedRuleSet(dir) ?? readSavedRuleSet(dir, userRuleSetFile()) : null;
  if (saved) return (cached = { ...saved, dir });
  const at = Date.now();
  const started = performance.now();
  const checked = shipped ? readShippedFolder(dir) : readRuleFolder(dir);
  cached = { ...checked, dir, ...(shipped ? { checkedNow: { at, ms: performance.now() - started } } : {}) };
  return cached;
}

/**
 * The shipped folder checked by this build's code. No saved set fitted it, so the rules changed since the build:
 * after a pull without `npm run build` the rules may need a newer loader than dist/ holds, and the error says so.
 */
function readShippedFolder(dir: string): CheckedRules {
  try {
    return readRuleFolder(dir);
  } catch (err) {
    if (err instanceof RuleFileError) throw new RuleFileError(`${err.message} (the rules changed since this copy was last built: if they came with a pull, run npm run build)`);
    throw err;
  }
}

/** The rule set the Action bundle carries (shipped-build.ts), checked by content; null elsewhere. */
function carriedRuleSet(dir: string): CheckedRules | null {
  const copy = shippedBuildFile(RULE_SET_NAME);
  return copy ? readSavedRuleSet(dir, copy, undefined, true) : null;
}

/** Reads and checks every rule file of a folder. */
export function readRuleFolder(dir: string): CheckedRules {
  const rules: RuleSpec[] = [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== FRAGMENTS_FILE).sort();
  } catch {
    throw new RuleFileError(`rules folder not found: ${dir}`);
  }
  const fragments = readFragments(dir, (msg) => { throw new RuleFileError(msg); });
  const seenSignals = new Map<string, string>();
  for (const file of files) {
    const rule = parseJsonFile(join(dir, file)) as RuleSpec;
    validateRule(rule, file, fragments);
    for (const name of Object.keys(rule.signals ?? {})) {
      const other = seenSignals.get(name);
      if (other) throw new RuleFileError(`${file}: signal "${name}" is already defined in ${other}`);
      seenSignals.set(name, file);
    }
    rules.push(rule);
  }
  const factPatterns: FactPatternSpec[] = [];
  const factsDir = join(dir, 'facts');
  if (existsSync(factsDir)) {
    for (const file of readdirSync(factsDir).filter((f) => f.endsWith('.json')).sort()) {
      const list = parseJsonFile(join(factsDir, file));
      if (!Array.isArray(list)) throw new RuleFileError(`facts/${file}: expected an array of fact patterns`);
      list.forEach((p, i) => validatePattern(p, `facts/${file}[${i}]`, fragments));
      factPatterns.push(...(list as FactPatternSpec[]));
    }
  }
  checkReferences(rules, seenSignals);
  return { rules, factPatterns };
}

function parseJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RuleFileError(`cannot read rule file ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new RuleFileError(`rule file ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

function validateRule(rule: RuleSpec, file: string, fragments: Fragments): void {
  const fail = (msg: string): never => { throw new RuleFileError(`rules/${file}: ${msg}`); };
  if (!rule || typeof rule !== 'object') fail('expected a JSON object');
  if (typeof rule.id !== 'string' || !ID_RE.test(rule.id)) fail('"id" must be a kebab-case string');
  if (file !== `${rule.id}.json`) fail(`file name must be ${rule.id}.json`);
  if (!SEVERITIES.has(rule.severity)) fail('"severity" must be error, warning or info');
  if (!rule.when || typeof rule.when !== 'object') fail('"when" must be a condition object');
  for (const key of ['title', 'why'] as const) {
    if (typeof rule[key]?.en !== 'string' || typeof rule[key]?.['zh-CN'] !== 'string') fail(`"${key}" needs "en" and "zh-CN" strings`);
  }
  if (!Array.isArray(rule.fixes)) fail('"fixes" must be an array');
  rule.fixes.forEach((fix, i) => {
    if (typeof fix.title?.en !== 'string' || typeof fix.title?.['zh-CN'] !== 'string') fail(`fixes[${i}].title needs en and zh-CN`);
    if (!Array.isArray(fix.steps?.en) || !Array.isArray(fix.steps?.['zh-CN'])) fail(`fixes[${i}].steps needs en and zh-CN arrays`);
    for (const tag of [...(fix.contexts?.only ?? []), ...(fix.contexts?.not ?? [])]) {
      if (!CONTEXTS.has(tag)) fail(`fixes[${i}].contexts: unknown "${tag}" (use windows, linux, wsl, macos or container)`);
    }
  });
  if (!Array.isArray(rule.examples?.match) || !Array.isArray(rule.examples?.noMatch)) fail('"examples" needs "match" and "noMatch" arrays');
  for (const [name, spec] of Object.entries(rule.signals ?? {})) {
    for (const [i, p] of (Array.isArray(spec) ? spec : [spec]).entries()) validatePattern(p, `${file} signal ${name}[${i}]`, fragments);
  }
}

/**
 * Puts in the pattern's fragments, checks it and fills in its prefilter literals: derived from the regex, or
 * the hand-written `literals` once they are proven to be implied by it (see pattern-check.ts).
 */
function validatePattern(p: PatternSpec, where: string, fragments: Fragments): void {
  const fail = (msg: string): never => { throw new RuleFileError(`rules/${where}: ${msg}`); };
  if (!p || typeof p.pattern !== 'string') fail('"pattern" must be a string');
  p.pattern = expandFragments(p.pattern, fragments, where, (msg) => { throw new RuleFileError(msg); });
  if (p.literals !== undefined) {
    if (!Array.isArray(p.literals) || p.literals.length === 0) fail('"literals", when given, must list at least one lower-case substring');
    for (const lit of p.literals) {
      // one CJK character (three UTF-8 bytes) is as rare in a log as a short word; one ASCII character is not
      if (typeof lit !== 'string' || lit.length < (/^[^\x00-\x7f]$/.test(lit) ? 1 : 2) || lit !== lit.toLowerCase()) fail(`literal ${JSON.stringify(lit)} must be lower-case, 2+ characters (or one non-ASCII character)`);
    }
  }
  try {
    new RegExp(p.pattern, p.flags ?? 'i');
  } catch (err) {
    fail(`bad regex: ${(err as Error).message}`);
  }
  const verdict = checkPattern(p.pattern, p.flags ?? 'i', p.literals);
  const shown = JSON.stringify(p.pattern.length > 120 ? p.pattern.slice(0, 117) + '...' : p.pattern);
  if ('problem' in verdict) fail(`pattern ${shown}: ${verdict.problem}`);
  else {
    p.literals = verdict.literals;
    p.joins = verdict.joins;
    if (verdict.joinEdges) p.joinEdges = verdict.joinEdges;
    else delete p.joinEdges;
    if (verdict.nonAscii) p.nonAscii = true;
    // AND-literals derived for weak literals: one may stand on a line read with this one (alsoNear)
    if (verdict.also && p.alsoLiterals === undefined) {
      p.alsoLiterals = verdict.also;
      p.alsoNear = true;
    }
  }
  if (p.alsoLiterals !== undefined) {
    // single characters are fine here: they never stop the scan, they only let a line through
    if (!Array.isArray(p.alsoLiterals) || p.alsoLiterals.length === 0) fail('"alsoLiterals", when given, must list at least one lower-case substring');
    for (const lit of p.alsoLiterals) if (typeof lit !== 'string' || lit.length === 0 || lit !== lit.toLowerCase()) fail(`also-literal ${JSON.stringify(lit)} must be a lower-case string`);
    const also = checkPattern(p.pattern, p.flags ?? 'i', p.alsoLiterals);
    if ('problem' in also) fail(`pattern ${shown}: "alsoLiterals": ${also.problem.replace(/^"literals" /, '')}`);
    else p.alsoLiterals = also.literals;
  }
  if (p.lineStartLiterals !== undefined) {
    if (!Array.isArray(p.lineStartLiterals) || p.lineStartLiterals.length === 0) fail('"lineStartLiterals", when given, must list at least one lower-case string');
    for (const lit of p.lineStartLiterals) if (typeof lit !== 'string' || lit.trim().length === 0 || lit !== lit.toLowerCase()) fail(`line-start literal ${JSON.stringify(lit)} must be a lower-case string`);
    const starts = checkLineStart(p.pattern, p.flags ?? 'i', p.lineStartLiterals);
    if ('problem' in starts) fail(`pattern ${shown}: "lineStartLiterals": ${starts.problem}`);
    else p.lineStartLiterals = starts.literals;
  }
}

/** Every `{ signal: name }` must name a defined signal. (That every `explains` id is a rule is a test:
 * a rule set under construction may name ids that are still being written.) */
function checkReferences(rules: RuleSpec[], signals: Map<string, string>): void {
  for (const rule of rules) {
    const used = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) { node.forEach(walk); return; }
      if (!node || typeof node !== 'object') return;
      const obj = node as Record<string, unknown>;
      if (typeof obj.signal === 'string') {
        if (!signals.has(obj.signal)) throw new RuleFileError(`rules/${rule.id}.json: condition refers to unknown signal "${obj.signal}"`);
        used.add(obj.signal);
      }
      Object.values(obj).forEach(walk);
    };
    walk(rule.when);
    checkFixSignals(rule, used);
    checkReasons(rule, used);
  }
}

/** A thrower of RuleFileError naming the rule's file. */
const failIn = (rule: RuleSpec) => (msg: string): never => { throw new RuleFileError(`rules/${rule.id}.json: ${msg}`); };

/** The signals a fix or a reason is for (FixSpec.signals, ReasonSpec.signals): a non-empty list of signals the rule's conditions use. */
function checkScopedSignals(signals: unknown, where: string, used: Set<string>, fail: (msg: string) => never): void {
  if (!Array.isArray(signals) || signals.length === 0) fail(`${where}.signals must be a non-empty array of signal names`);
  for (const name of signals as string[]) if (!used.has(name)) fail(`${where}.signals: "${name}" is not a signal this rule's "when" uses`);
}

/** A fix for some signals only (FixSpec.signals) names signals the rule's conditions use. */
function checkFixSignals(rule: RuleSpec, used: Set<string>): void {
  const fail = failIn(rule);
  rule.fixes.forEach((fix, i) => {
    if (fix.signals !== undefined) checkScopedSignals(fix.signals, `fixes[${i}]`, used, fail);
    if (fix.unlessSignals !== undefined) checkScopedSignals(fix.unlessSignals, `fixes[${i}].unless`, used, fail);
  });
}

/**
 * A rule with reasons (ReasonSpec) has the `{{reasons}}` slot in its why, in every language, and each reason a
 * text in each of those languages and signals the rule's conditions use (at most one, the general reason, none);
 * a rule without reasons has no slot.
 */
function checkReasons(rule: RuleSpec, used: Set<string>): void {
  const fail = failIn(rule);
  const langs = Object.keys(rule.why) as Array<keyof RuleSpec['why']>;
  for (const lang of langs) {
    const slotted = rule.why[lang].includes(REASONS_SLOT);
    if (rule.reasons !== undefined && !slotted) fail(`why.${lang} has no ${REASONS_SLOT} slot for the rule's "reasons"`);
    if (rule.reasons === undefined && slotted) fail(`why.${lang} has a ${REASONS_SLOT} slot but the rule has no "reasons"`);
  }
  if (rule.reasons === undefined) return;
  if (!Array.isArray(rule.reasons) || rule.reasons.length === 0) fail('reasons must be a non-empty array');
  // one reason may name no signal: the rule's general reason, for the findings no other reason explains (view.ts)
  if (rule.reasons.filter((r) => Array.isArray(r.signals) && r.signals.length === 0).length > 1) fail('only one reason may have empty "signals" (the general one)');
  rule.reasons.forEach((reason, i) => {
    if (!(Array.isArray(reason.signals) && reason.signals.length === 0)) checkScopedSignals(reason.signals, `reasons[${i}]`, used, fail);
    for (const lang of langs) if (typeof reason.text?.[lang] !== 'string' || reason.text[lang] === '') fail(`reasons[${i}].text.${lang} is missing`);
  });
}

/** Test hook: forget the cached rule set. */
export function clearRuleCache(): void {
  cached = null;
}
