// Presenters of a scan: the terminal checklist, Markdown, and JSON (facts, checks and findings).
// They only format what checklist.ts and the engine decided.
import chalk from 'chalk';
import type { FindingView } from '../report/view.js';
import type { Messages } from '../i18n/messages.js';
import { renderMarkdown } from '../report/markdown.js';
import { escapeControls, escapeView } from '../report/escape.js';
import type { FactMap } from '../facts/derive.js';
import type { CheckStatus } from './model.js';
import { LAYERS, adviceLines, type CheckLine, type Part } from './checklist.js';
import type { ScanRun } from './scan.js';
import type { FrameworkAdvice } from './advice.js';
import type { Combination } from '../plan/types.js';
import { scanVerdict, type Verdict } from './verdict.js';

const MARK: Record<CheckStatus, string> = { ok: '✓', warn: '!', fail: '✗', crashed: '✗', skipped: '-', na: '-' };
const COLOUR: Record<CheckStatus, (s: string) => string> = {
  ok: chalk.green, warn: chalk.yellow, fail: chalk.red.bold, crashed: chalk.magenta.bold, skipped: chalk.dim, na: chalk.dim,
};
const FINDING_MARK = { error: chalk.red.bold('✗'), warning: chalk.yellow.bold('!'), info: chalk.blue('i') } as const;

/** A line's text; clauses that are messages of their own are localised first. */
export function lineText(t: Messages, l: Pick<CheckLine, 'key' | 'vars'>): string {
  const text = (v: Part | string | number) => (typeof v === 'object' ? t(v.key, v.vars) : v);
  const vars = Object.fromEntries(Object.entries(l.vars).map(([k, v]) => [k, Array.isArray(v) ? v.map(text).join(t('fact.listSeparator')) : text(v)]));
  return t(l.key, vars);
}

function summary(lines: CheckLine[], run: ScanRun, t: Messages): string {
  // the recommendation is advice, not a check: it is not counted
  const top = lines.filter((l) => l.layer !== 'recommended' && (!l.detail || l.status !== 'ok'));
  const count = (...s: CheckStatus[]) => top.filter((l) => s.includes(l.status)).length;
  return t('summary', { ok: count('ok'), warn: count('warn'), fail: count('fail'), crashed: count('crashed'), seconds: (run.ms / 1000).toFixed(2) });
}

const VERDICT_MARK: Record<Verdict['kind'], string> = {
  'root-cause': '✗', 'failed-checks': '✗', warning: '!', incomplete: '!', healthy: '✓',
};
const VERDICT_COLOUR: Record<Verdict['kind'], (s: string) => string> = {
  'root-cause': chalk.red.bold, 'failed-checks': chalk.red.bold, warning: chalk.yellow.bold, incomplete: chalk.yellow.bold, healthy: chalk.green.bold,
};

/** The closing line: the root cause, or what else the scan saw, or that nothing is wrong. */
export function verdictText(lines: CheckLine[], findings: FindingView[], t: Messages): { kind: Verdict['kind']; text: string } {
  const v = scanVerdict(lines, findings);
  return { kind: v.kind, text: `${VERDICT_MARK[v.kind]} ${t(v.key, v.vars)}` };
}

export function renderScanTerminal(lines: CheckLine[], views: FindingView[], run: ScanRun, t: Messages): string {
  // probe output (a wedged nvidia-smi's stderr, a python's traceback) must not drive the terminal
  const findings = views.map(escapeView);
  const out: string[] = [chalk.bold(t('heading')), ''];
  for (const layer of LAYERS) {
    const mine = lines.filter((l) => l.layer === layer);
    if (!mine.length) continue;
    out.push(chalk.bold(t(`layer.${layer}`)));
    for (const l of mine) {
      const text = escapeControls(lineText(t, l));
      out.push(`${l.detail ? '      ' : '  '}${COLOUR[l.status](MARK[l.status])} ${l.status === 'ok' || l.status === 'skipped' || l.status === 'na' ? text : COLOUR[l.status](text)}`);
    }
    out.push('');
  }
  out.push(chalk.bold.underline(t('findings')));
  if (findings.length === 0) out.push(chalk.green(t('noFindings')));
  for (const f of findings) {
    out.push(`${FINDING_MARK[f.severity]} ${f.title} ${chalk.dim(`[${f.id}]`)}`);
    out.push(chalk.dim(`    ${f.why}`));
    for (const e of f.evidence.slice(0, 2)) out.push(chalk.cyan(`    > ${e.text}`));
    const fix = f.fixes[0];
    if (fix && f.severity !== 'info') {
      out.push(`    ${chalk.bold(fix.title)}`);
      fix.steps.forEach((s, i) => out.push(`      ${i + 1}. ${s}`));
    }
  }
  const verdict = verdictText(lines, findings, t);
  out.push('', chalk.dim(summary(lines, run, t)), VERDICT_COLOUR[verdict.kind](escapeControls(verdict.text)), '');
  return out.join('\n');
}

export function renderScanMarkdown(lines: CheckLine[], findings: FindingView[], run: ScanRun, t: Messages, tDiag: Messages): string {
  const out: string[] = [`### ${t('heading')}`, ''];
  const esc = (s: string) => s.replace(/([|*_`])/g, '\\$1');
  for (const layer of LAYERS) {
    const mine = lines.filter((l) => l.layer === layer);
    if (!mine.length) continue;
    out.push(`**${t(`layer.${layer}`)}**`, '');
    for (const l of mine) out.push(`${l.detail ? '  ' : ''}- ${MARK[l.status]} ${esc(lineText(t, l))}`);
    out.push('');
  }
  out.push(findings.length ? renderMarkdown(findings, tDiag) : `_${t('noFindings')}_\n`);
  out.push(`<sub>${summary(lines, run, t)}</sub>`, '', `**${esc(verdictText(lines, findings, t).text)}**`, '');
  return out.join('\n');
}

export function factsToJson(facts: FactMap): Record<string, unknown> {
  return Object.fromEntries([...facts].sort(([a], [b]) => a.localeCompare(b)).map(([k, f]) => [k, f.value]));
}

export function checksToJson(lines: CheckLine[], t: Messages): unknown[] {
  return lines.map((l) => ({ layer: l.layer, status: l.status, id: l.key, text: lineText(t, l) }));
}

function combinationToJson(x: Combination): Record<string, unknown> {
  return {
    framework: x.framework, version: x.version, os: x.os, route: x.route,
    python: { min: x.python.min, max: x.python.max, ranges: x.python.ranges },
    cuda: x.cuda, cudnn: x.cudnn ?? null, wheelIndex: x.wheelIndex ?? null,
    minDriver: x.minDriver, toolkitDriver: x.toolkitDriver ?? null, driverUpgrade: x.driver, gpuCoverage: x.gpu,
    commands: x.commands,
  };
}

/** `advice` of scan --json: the planner's choice per framework, the machine it was made for, and its text. */
export function adviceToJson(advice: FrameworkAdvice[], t: Messages): unknown[] {
  return advice.map((a) => {
    const c = a.constraints;
    const x = a.choice.best;
    return {
      framework: a.framework,
      installed: a.installed ?? null,
      constraints: { os: c.os, gpu: c.gpuName ?? null, cc: c.cc ?? null, driver: c.driver ?? null, python: c.python ?? null },
      recommended: x ? combinationToJson(x) : null,
      keepsInstalled: a.choice.kept,
      /** ok | recommended | required (the driver must be upgraded first) | unknown (no driver found) */
      driverUpgrade: x?.driver ?? null,
      newest: a.newest ? combinationToJson(a.newest) : null,
      noFit: a.choice.plan.noFit ? a.choice.plan.noFit.reasons.map((r) => r.key) : null,
      text: adviceLines(a).map((l) => lineText(t, l)),
    };
  });
}
