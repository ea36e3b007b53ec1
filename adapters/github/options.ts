// The action's inputs (and the command's flags), checked once: a typo in a workflow fails the step with a
// line naming the input, instead of silently doing something else.
import type { Severity } from '../../src/engine/rule-types.js';
import type { LanguageSetting } from './language.js';
import { parseLang } from '../../src/i18n/lang.js';
import { GitHubInputError } from './errors.js';

export interface LabelRules {
  /** added for any finding */
  always: string[];
  /** finding id → labels added when that finding is present */
  byId: Map<string, string[]>;
}

export interface TriageOptions {
  language: LanguageSetting;
  minSeverity: Severity;
  labels: LabelRules;
  /** an issue with this label is left alone; '' for none */
  skipLabel: string;
  /** added when the issue talks about the GPU but shows no known failure; '' (the default) for none */
  needsLogsLabel: string;
  dryRun: boolean;
}

export interface RawOptions {
  language?: string;
  minSeverity?: string;
  labels?: string;
  skipLabel?: string;
  needsLogsLabel?: string;
  dryRun?: string | boolean;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function parseLanguage(raw: string | undefined): LanguageSetting {
  const v = (raw ?? '').trim();
  if (v === '' || v.toLowerCase() === 'auto') return 'auto';
  const lang = parseLang(v);
  if (lang) return lang;
  throw new GitHubInputError('error.badLanguage', { value: raw ?? '' });
}

function parseSeverity(raw: string | undefined): Severity {
  const v = (raw ?? '').trim().toLowerCase() || 'warning';
  if (!SEVERITIES.includes(v as Severity)) throw new GitHubInputError('error.badSeverity', { value: raw ?? '' });
  return v as Severity;
}

/**
 * "gpu-setup" adds that label for any finding; "torch-cpu-build=wrong-torch" only for that finding.
 * Entries are separated by commas or new lines (a YAML block scalar in the workflow).
 */
export function parseLabels(raw: string | undefined): LabelRules {
  const rules: LabelRules = { always: [], byId: new Map() };
  for (const entry of (raw ?? '').split(/[,\n]/)) {
    const text = entry.trim();
    if (!text) continue;
    const eq = text.indexOf('=');
    if (eq < 0) { rules.always.push(text); continue; }
    const id = text.slice(0, eq).trim();
    const label = text.slice(eq + 1).trim();
    if (!/^[a-z\d]+(?:-[a-z\d]+)*$/.test(id) || !label) throw new GitHubInputError('error.badLabel', { value: text });
    rules.byId.set(id, [...(rules.byId.get(id) ?? []), label]);
  }
  return rules;
}

function parseBoolean(raw: string | boolean | undefined, name: string): boolean {
  if (typeof raw === 'boolean') return raw;
  const v = (raw ?? '').trim().toLowerCase();
  if (v === '' || v === 'false' || v === '0' || v === 'no') return false;
  if (v === 'true' || v === '1' || v === 'yes') return true;
  throw new GitHubInputError('error.badBoolean', { name, value: raw ?? '' });
}

export function parseOptions(raw: RawOptions): TriageOptions {
  return {
    language: parseLanguage(raw.language),
    minSeverity: parseSeverity(raw.minSeverity),
    labels: parseLabels(raw.labels),
    skipLabel: (raw.skipLabel ?? 'gpu-doctor:ignore').trim(),
    needsLogsLabel: (raw.needsLogsLabel ?? '').trim(),
    dryRun: parseBoolean(raw.dryRun, 'dry-run'),
  };
}

/** The labels to add for these finding ids. */
export function labelsFor(rules: LabelRules, ids: string[]): string[] {
  const out = new Set<string>(ids.length ? rules.always : []);
  for (const id of ids) for (const l of rules.byId.get(id) ?? []) out.add(l);
  return [...out];
}
