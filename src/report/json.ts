// --json: exactly the shape of ../shared/CONTRACT.md (plus extra keys other tools may ignore).
import type { FindingView } from './view.js';

/** The `findings` array of the contract, as objects (the web API embeds it in its own answers). */
export function contractFindings(findings: FindingView[]): Array<Record<string, unknown>> {
  return findings.map((f) => ({
    id: f.id,
    severity: f.severity,
    title: f.title,
    evidence: f.evidence.map((e) => ({ line: e.line, text: e.text })),
    fixes: f.fixes.map((x) => ({ title: x.title, steps: x.steps, auto: x.auto, ...(x.risk ? { risk: x.risk } : {}), ...(x.link ? { link: x.link } : {}) })),
    why: f.why,
    ...(f.explainedBy.length ? { explainedBy: f.explainedBy } : {}),
  }));
}

export function renderJson(findings: FindingView[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ findings: contractFindings(findings), ...extra }, null, 2) + '\n';
}
