// The shape-robustness matrix: every labelled real case, diagnosed as its poster pasted it and again in each
// paste shape (transforms.ts), in this process, through the pipeline `diagnose --json` runs. A case counts for
// a shape only when its untransformed log is diagnosed right (top-1 as ../shared/eval/score.mjs counts it);
// it is then kept or lost in that shape. New false alarms are counted on every case (an error, or for a
// healthy log an error or warning, that the untransformed log did not get).
import { isUtf8 } from 'node:buffer';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnoseChunks } from '../../src/engine/diagnose.js';
import { decodeLines } from '../../src/input/read-log.js';
import { packagePath } from '../../src/package-root.js';
import type { Transform } from './transforms.js';

export interface Label { source?: string; expect?: string[]; also_ok?: string[]; must_not?: string[] }

export interface Case {
  corpus: string;
  name: string;
  text: string;
  label: Label;
}

export interface CorpusSpec {
  name: string;
  dir: string;
  /** only the cases whose source is a public thread (an http URL), as ../shared/eval/check-sources.mjs decides */
  realOnly: boolean;
}

/** The labelled corpora of real posts beside the project (those that exist). */
export function realCorpora(): CorpusSpec[] {
  const shared = join(packagePath(), '..', 'shared');
  return [
    { name: 'eval-dev', dir: join(shared, 'eval-dev'), realOnly: false },
    { name: 'eval-dev-2026', dir: join(shared, 'eval-dev-2026'), realOnly: false },
    { name: 'corpus-real', dir: packagePath('fixtures', 'corpus'), realOnly: true },
  ].filter((c) => existsSync(c.dir));
}

/** check-sources.mjs's test: some part of `source` is an http(s) URL. */
export function fromRealPost(label: Label): boolean {
  return String(label.source ?? '').split(/[\s;,]+/).some((p) => /^https?:\/\//.test(p));
}

/** The cases of a corpus; logs that are not UTF-8 (a legacy code page) are left out: the transforms work on text. */
export function loadCases(spec: CorpusSpec): { cases: Case[]; notUtf8: number } {
  const cases: Case[] = [];
  let notUtf8 = 0;
  for (const f of readdirSync(spec.dir).filter((n) => n.endsWith('.json')).sort()) {
    const log = join(spec.dir, f.replace(/\.json$/, '.log'));
    if (!existsSync(log)) continue;
    const label = JSON.parse(readFileSync(join(spec.dir, f), 'utf8')) as Label;
    if (spec.realOnly && !fromRealPost(label)) continue;
    const bytes = readFileSync(log);
    if (!isUtf8(bytes)) {
      notUtf8++;
      continue;
    }
    cases.push({ corpus: spec.name, name: f.replace(/\.json$/, ''), text: bytes.toString('utf8'), label });
  }
  return { cases, notUtf8 };
}

export interface Outcome {
  /** right as score.mjs counts top-1 (a healthy log: no error or warning outside also_ok) */
  top1: boolean;
  /** first finding's id ('' when none) */
  first: string;
  /** false alarms: ids from must_not, errors outside expect ∪ also_ok, and for a healthy log warnings outside also_ok */
  alarms: string[];
}

export async function diagnoseCase(text: string, label: Label): Promise<Outcome> {
  const { findings } = await diagnoseChunks(decodeLines([Buffer.from(text, 'utf8')], 'shape'));
  const expect = label.expect ?? [];
  const ok = new Set([...expect, ...(label.also_ok ?? [])]);
  const healthy = expect.length === 0;
  const alarms = findings
    .filter((f) => label.must_not?.includes(f.rule.id) || (!ok.has(f.rule.id) && (f.severity === 'error' || (healthy && f.severity !== 'info'))))
    .map((f) => f.rule.id);
  const first = findings[0]?.rule.id ?? '';
  return { top1: healthy ? alarms.length === 0 : expect.includes(first), first, alarms: [...new Set(alarms)] };
}

export interface Cell {
  corpus: string;
  transform: string;
  /** cases right untransformed (the ones that can be kept or lost) */
  eligible: number;
  kept: number;
  /** cases right untransformed, wrong in this shape: `name: first finding now` */
  lost: string[];
  /** cases wrong untransformed, right in this shape */
  gained: number;
  /** cases with a false alarm the untransformed log did not have: `name: ids` */
  newAlarms: string[];
  /** of them, healthy logs */
  newAlarmsHealthy: number;
}

/** The untransformed outcome of each case (the baseline every shape is compared with). */
export async function baselines(cases: Case[]): Promise<Map<Case, Outcome>> {
  const out = new Map<Case, Outcome>();
  for (const c of cases) out.set(c, await diagnoseCase(c.text, c.label));
  return out;
}

/** One cell: the cases of one corpus in one shape. */
export async function cellOf(corpus: string, cases: Case[], base: Map<Case, Outcome>, transform: Transform): Promise<Cell> {
  const cell: Cell = { corpus, transform: transform.name, eligible: 0, kept: 0, lost: [], gained: 0, newAlarms: [], newAlarmsHealthy: 0 };
  for (const c of cases) {
    const before = base.get(c)!;
    const after = await diagnoseCase(transform.apply(c.text), c.label);
    if (before.top1) {
      cell.eligible++;
      if (after.top1) cell.kept++;
      else cell.lost.push(`${c.name}: ${after.first || '(none)'}${after.alarms.length ? ` [${after.alarms.join(',')}]` : ''}`);
    } else if (after.top1) cell.gained++;
    const fresh = after.alarms.filter((id) => !before.alarms.includes(id));
    if (fresh.length > 0) {
      cell.newAlarms.push(`${c.name}: ${fresh.join(',')}`);
      if ((c.label.expect ?? []).length === 0) cell.newAlarmsHealthy++;
    }
  }
  return cell;
}
