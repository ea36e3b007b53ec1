// Orders findings so the one to fix first comes first: errors, then warnings, then info; a root cause
// before the symptoms it explains (an explained symptom is demoted to a warning: fixing its cause fixes it);
// then the more specific rule; then the earlier evidence. A fatal failure followed, lower in the log, by one
// its rule names in supersededByLater is a run the user already got past: it ranks as explained by the later one.
import type { RawFinding } from './evaluate.js';
import type { RuleSpec, Severity } from './rule-types.js';

export interface RankedFinding extends RawFinding {
  severity: Severity;
  /** ids of present findings that explain this one */
  explainedBy: string[];
}

/** A rule's finding with no log behind it (`explain`, the bot's and the web API's pages for an id): every fix shows. */
export function findingOfRule(rule: RuleSpec): RankedFinding {
  return { rule, evidence: [], captures: {}, signals: [], severity: rule.severity, explainedBy: [] };
}

const firstLine = (f: RawFinding): number => Math.min(...f.evidence.map((e) => e.line));
const lastLine = (f: RawFinding): number => Math.max(...f.evidence.map((e) => e.line));

/** later's evidence all comes after earlier's, and earlier's rule says such a later failure supersedes it */
function supersedes(later: RawFinding, earlier: RawFinding): boolean {
  if (!(earlier.rule.supersededByLater ?? []).includes(later.rule.id)) return false;
  if (later.evidence.length === 0 || earlier.evidence.length === 0) return false;
  return firstLine(later) > lastLine(earlier);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function rank(raw: RawFinding[]): RankedFinding[] {
  const present = new Set(raw.map((f) => f.rule.id));
  // a rule marked onlyAlone (a generic "no GPU, no error" finding) yields to any real error
  const hasOtherError = (self: string): boolean => raw.some((f) => f.rule.id !== self && f.rule.severity === 'error');
  const kept = raw.filter((f) => !(f.rule.onlyAlone && hasOtherError(f.rule.id)));

  const ranked: RankedFinding[] = kept.map((f) => {
    const explainedBy = kept.filter((o) => o !== f && present.has(o.rule.id)
      && ((o.rule.explains ?? []).includes(f.rule.id) || supersedes(o, f))).map((o) => o.rule.id);
    const severity: Severity = explainedBy.length > 0 && f.rule.severity === 'error' ? 'warning' : f.rule.severity;
    return { ...f, severity, explainedBy };
  });
  return ranked.sort((a, b) =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    || a.explainedBy.length - b.explainedBy.length
    || (b.rule.priority ?? 50) - (a.rule.priority ?? 50)
    || (a.evidence[0]?.line ?? Infinity) - (b.evidence[0]?.line ?? Infinity));
}
