// A scan's facts and its probes' error output go through the same engine as a pasted log: the error texts
// (nvidia-smi failures, import tracebacks, DLL errors) are scanned as a log so the log rules explain them,
// the scan's facts override what that text suggests, and the compatibility rules judge the facts.
import { loadRuleSet, type RuleSet } from '../engine/load-rules.js';
import { newLogScan } from '../engine/diagnose.js';
import { evaluate } from '../engine/evaluate.js';
import { rank, type RankedFinding } from '../engine/rank.js';
import type { FactMap } from '../facts/derive.js';
import type { ScanData } from './model.js';
import type { Lang } from '../i18n/lang.js';
import { scanMessages } from './messages.js';
import { mergeIntoLogScan, rawScanFacts, scanFactMap } from './facts.js';

export interface ScanDiagnosis {
  findings: RankedFinding[];
  facts: FactMap;
  /** the probes' output that was read as a log, then the scan's facts one a line (evidence line numbers point into it) */
  probeLog: string;
}

/** The text of every probe that reported an error, with a header line naming the probe. */
export function probeLogOf(data: ScanData): string {
  const parts: string[] = [];
  if (data.driver.error) parts.push(`### nvidia-smi`, data.driver.error);
  for (const py of data.pythons) {
    if (py.error) parts.push(`### ${py.path}`, py.error);
    for (const [what, probe] of [['import torch', py.torchProbe], ['import tensorflow', py.tfProbe]] as const) {
      if (probe?.log) parts.push(`### ${py.path}: ${what}`, probe.log);
    }
  }
  return parts.join('\n');
}

const FACTS_HEADER = '### facts found by the scan';

/** `lang` is the language of the facts' evidence lines (the findings' own texts are localised by viewFindings). */
export async function diagnoseScanData(data: ScanData, ruleSet: RuleSet = loadRuleSet(), lang: Lang = 'en'): Promise<ScanDiagnosis> {
  const errors = probeLogOf(data);
  const scan = newLogScan(ruleSet);
  if (errors) scan.add({ text: errors });
  // the facts are listed after the probe output but not scanned as a log: a finding raised by a fact
  // quotes its line ("torch.version.cuda = None in /usr/bin/python3 …"), a probe's text keeps its own lines
  const raw = rawScanFacts(data, scanMessages(lang)).facts;
  const header = errors ? [errors, FACTS_HEADER] : [FACTS_HEADER];
  const firstLine = header.join('\n').split('\n').length + 1;
  const merged = mergeIntoLogScan(scan.finish(), raw, firstLine);
  const probeLog = [...header, ...[...raw.values()].map((f) => f.text)].join('\n');
  const facts = scanFactMap(merged);
  const found = await evaluate(ruleSet.rules, { signals: merged.signals, facts }, ruleSet.conditions);
  return { findings: rank(found), facts, probeLog };
}

/** Findings for a bare set of facts (rule examples of compatibility rules use this). */
export async function diagnoseFacts(values: Record<string, string | number | boolean | string[]>, ruleSet: RuleSet = loadRuleSet()): Promise<ScanDiagnosis> {
  const raw = new Map(Object.entries(values).map(([k, v]) => [k, { value: v, text: `${k}: ${Array.isArray(v) ? v.join(', ') : v}` }]));
  const merged = mergeIntoLogScan(newLogScan(ruleSet).finish(), raw);
  const facts = scanFactMap(merged);
  const found = await evaluate(ruleSet.rules, { signals: merged.signals, facts }, ruleSet.conditions);
  return { findings: rank(found), facts, probeLog: '' };
}
