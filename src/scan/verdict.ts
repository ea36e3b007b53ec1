// The one line a scan ends with: the root cause when a rule names one, else what the checklist saw (a failed
// check, a warning, a check that could not finish), else that nothing is wrong. The checklist and the findings
// above it are the details; this line is the answer.
import type { FindingView } from '../report/view.js';
import type { CheckLine } from './checklist.js';

export type VerdictKind = 'root-cause' | 'failed-checks' | 'warning' | 'incomplete' | 'healthy';

export interface Verdict {
  kind: VerdictKind;
  /** message key in locales/scan/ and its values */
  key: string;
  vars: Record<string, string | number>;
}

export function scanVerdict(lines: CheckLine[], findings: FindingView[]): Verdict {
  const rootCause = findings.find((f) => f.severity === 'error');
  if (rootCause) return { kind: 'root-cause', key: 'verdict.rootCause', vars: { title: rootCause.title, id: rootCause.id } };
  // the recommendation is advice, not a check
  const checks = lines.filter((l) => l.layer !== 'recommended');
  const failed = checks.filter((l) => l.status === 'fail').length;
  if (failed) return { kind: 'failed-checks', key: 'verdict.failedChecks', vars: { count: failed } };
  const warning = findings.find((f) => f.severity === 'warning');
  if (warning) return { kind: 'warning', key: 'verdict.warning', vars: { title: warning.title, id: warning.id } };
  const unfinished = checks.filter((l) => l.status === 'crashed').length;
  if (unfinished) return { kind: 'incomplete', key: 'verdict.incomplete', vars: { count: unfinished } };
  const warned = checks.filter((l) => l.status === 'warn').length;
  if (warned) return { kind: 'warning', key: 'verdict.checkWarnings', vars: { count: warned } };
  return { kind: 'healthy', key: 'verdict.healthy', vars: {} };
}
