// Presenters for a plan: the terminal text and the --json object. They only format; the planner decided.
import chalk from 'chalk';
import { aside, labelled, type Messages } from '../i18n/messages.js';
import { refText } from '../knowledge/row-ref.js';
import type { Combination, Constraints, Note, Plan } from './types.js';

const FRAMEWORK = { pytorch: 'PyTorch', tensorflow: 'TensorFlow' } as const;

const say = (t: Messages, n: Note): string => t(n.key, n.vars);

function constraintLine(c: Constraints, t: Messages): string {
  const unknown = t('plan.c.unknown');
  const gpu = c.gpuName ? `${c.gpuName}${c.cc ? aside(t, `CC ${c.cc}`) : ''}` : c.cc ? `CC ${c.cc}` : unknown;
  return [
    labelled(t, t('plan.c.gpu'), gpu),
    labelled(t, t('plan.c.driver'), c.driver ?? unknown),
    labelled(t, 'Python', c.python ?? unknown),
    ...(c.version ? [labelled(t, t('plan.c.version'), c.version)] : []),
  ].join(' · ');
}

function title(x: Combination, t: Messages): string {
  const route = t(`plan.route.${x.route}`, { index: x.wheelIndex ?? '' });
  return `${FRAMEWORK[x.framework]} ${x.version} — ${route}${x.route === 'tf-wsl2' ? '' : aside(t, t(`plan.os.${x.os}`))}`;
}

function facts(x: Combination, t: Messages): string {
  const py = x.python.ranges.map(([a, b]) => (a === b ? a : `${a}–${b}`)).join(', ');
  const stack = `CUDA ${x.cuda}${x.cudnn ? `, cuDNN ${x.cudnn}` : ''}${aside(t, t(x.bundled ? 'plan.bundled' : 'plan.system'))}`;
  const driver = t('plan.minDriver', { min: x.minDriver }) + (x.toolkitDriver && x.toolkitDriver !== x.minDriver ? aside(t, t('plan.toolkitDriver', { toolkit: x.toolkitDriver })) : '');
  return `Python ${py} · ${stack} · ${driver}`;
}

const VERDICT_COLOUR = { ok: chalk.green, recommended: chalk.yellow, required: chalk.red.bold, unknown: chalk.dim } as const;

/** `best` marks the recommendation; the others are numbered. */
function renderCombination(x: Combination, n: number, best: boolean, t: Messages, said = new Set<string>()): string[] {
  const head = best ? chalk.green.bold(`✓ ${labelled(t, t('plan.best'), title(x, t))}`) : chalk.bold(`${n}. ${title(x, t)}`);
  const verdicts = [
    VERDICT_COLOUR[x.driver](t(`plan.driverVerdict.${x.driver}`)),
    (x.gpu === 'ptx' ? chalk.yellow : x.gpu === 'sass' ? chalk.green : chalk.dim)(t(`plan.gpuVerdict.${x.gpu}`)),
  ].join(' · ');
  const out = [head, `   ${facts(x, t)}`, `   ${verdicts}`, chalk.bold(`   ${labelled(t, t('plan.why'))}`)];
  // a reason already given for an earlier combination is not repeated
  for (const text of x.notes.map((note) => say(t, note))) if (!said.has(text)) { said.add(text); out.push(`     - ${text}`); }
  out.push(chalk.bold(`   ${labelled(t, t('plan.commands'))}`));
  for (const cmd of x.commands) out.push(`     ${chalk.cyan(`$ ${cmd}`)}`);
  out.push(chalk.dim(`   ${labelled(t, t('plan.sources'))}`), ...x.sources.map((r) => chalk.dim(`     ${refText(r)}`)));
  return out;
}

export function renderPlanTerminal(p: Plan, t: Messages): string {
  const c = p.constraints;
  const out: string[] = [chalk.bold(t('plan.heading', { framework: FRAMEWORK[c.framework], os: t(`plan.os.${c.os}`) })), chalk.dim(constraintLine(c, t)), ''];
  for (const n of p.notes) out.push(chalk.dim(`i ${say(t, n)}`));
  if (p.notes.length) out.push('');
  const said = new Set<string>();
  p.combinations.forEach((x, i) => {
    if (i === 1) out.push(chalk.bold.underline(t('plan.alternatives')), '');
    out.push(...renderCombination(x, i + 1, i === 0, t, said), '');
  });
  if (p.combinations.length && p.total > p.combinations.length) out.push(chalk.dim(t('plan.shown', { shown: p.combinations.length, total: p.total })), '');
  if (p.noFit) {
    out.push(chalk.red.bold(`✗ ${t('plan.noFit')}`));
    for (const r of p.noFit.reasons) out.push(`  ${say(t, r)}`);
    const sb = p.noFit.sourceBuild;
    if (sb) {
      out.push(`  ${t(sb.version ? 'plan.sourceBuild' : 'plan.sourceBuildToolkit', {
        cc: c.cc ?? '', toolkit: sb.toolkit, ref: refText(sb.toolkitRef), framework: FRAMEWORK[c.framework], version: sb.version ?? '', vref: sb.versionRef ? refText(sb.versionRef) : '',
      })}`);
    }
    out.push('');
    if (p.noFit.relaxed.length) {
      out.push(chalk.bold.underline(t('plan.relaxed')), '');
      p.noFit.relaxed.forEach((x, i) => out.push(...renderCombination(x, i + 1, false, t, said), ''));
    }
  }
  return out.join('\n');
}

function combinationJson(x: Combination, t: Messages): Record<string, unknown> {
  return {
    framework: x.framework, version: x.version, os: x.os, route: x.route,
    python: { min: x.python.min, max: x.python.max, ranges: x.python.ranges },
    cuda: x.cuda, cudnn: x.cudnn ?? null, bundled: x.bundled, wheelIndex: x.wheelIndex ?? null,
    minDriver: x.minDriver, toolkitDriver: x.toolkitDriver ?? null, driverUpgrade: x.driver,
    gpuCoverage: x.gpu, archInferred: x.archInferred ?? null,
    commands: x.commands,
    why: x.notes.map((n) => ({ key: n.key, text: say(t, n) })),
    sources: x.sources,
  };
}

export function planJson(p: Plan, t: Messages): string {
  const c = p.constraints;
  const obj = {
    constraints: { framework: c.framework, os: c.os, gpu: c.gpuName ?? null, cc: c.cc ?? null, driver: c.driver ?? null, python: c.python ?? null, version: c.version ?? null },
    combinations: p.combinations.map((x) => combinationJson(x, t)),
    total: p.total,
    notes: p.notes.map((n) => ({ key: n.key, text: say(t, n) })),
    noFit: p.noFit ? {
      reasons: p.noFit.reasons.map((n) => ({ key: n.key, text: say(t, n) })),
      relaxed: p.noFit.relaxed.map((x) => combinationJson(x, t)),
      sourceBuild: p.noFit.sourceBuild ?? null,
    } : null,
  };
  return JSON.stringify(obj, null, 2) + '\n';
}
