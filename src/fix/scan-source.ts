// Where the findings of a fix run come from: the live scan (`gpu-doctor scan`'s probes), or a log
// (`--log FILE`) for fixes that do not depend on the machine. Both give the same ScanResult.
import { decodeLines, openLogFile } from '../input/read-log.js';
import { diagnoseChunks, type Diagnosis } from '../engine/diagnose.js';
import type { ScanResult } from './types.js';
import type { Scanner } from './verify.js';

export function fromDiagnosis(d: Pick<Diagnosis, 'facts' | 'findings'>): ScanResult {
  return {
    facts: d.facts,
    findings: d.findings.map((f) => ({ id: f.rule.id, severity: f.severity, fixes: f.rule.fixes, captures: f.captures, ...(f.explainedBy.length ? { explainedBy: f.explainedBy } : {}) })),
  };
}

export async function scanLog(file: string): Promise<ScanResult> {
  return fromDiagnosis(await diagnoseChunks(decodeLines(await openLogFile(file), file)));
}

/** The live scan: `gpu-doctor scan`'s probes (run in the environment given, for verification) and its rules. */
export async function liveScanner(): Promise<Scanner> {
  const [{ runScan }, { diagnoseScanData }, { realHost }] = await Promise.all([
    import('../scan/scan.js'), import('../scan/diagnose-scan.js'), import('../scan/real-host.js'),
  ]);
  return async (host) => fromDiagnosis(await diagnoseScanData((await runScan(realHost(host.env))).data));
}
