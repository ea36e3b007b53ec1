// `gpu-doctor fix [--dry-run] [--yes] [--only ID] [--workaround] [--log FILE] [--lang en|zh-CN]`
import { createInterface } from 'node:readline/promises';
import { buildPlan } from '../fix/planner.js';
import { applyPlan } from '../fix/executor.js';
import { doctorHome, LockError } from '../fix/journal.js';
import { realHost, type FixHost } from '../fix/host.js';
import { liveScanner, scanLog } from '../fix/scan-source.js';
import { renderPlan, renderVerification } from '../fix/render.js';
import { verify, type Scanner } from '../fix/verify.js';
import { fixMessages, localise } from '../fix/messages.js';
import { findingsLeft, hostFacts, logMachineDisagreements, sayWhereItRan } from '../fix/machine-check.js';
import { UsageError } from '../errors.js';
import { loadRuleSet } from '../engine/load-rules.js';
import { parseCommand } from './options.js';
import { packagePath } from '../package-root.js';

export interface FixDeps {
  host: FixHost;
  scanner?: Scanner;
  interactive: boolean;
  ask: (question: string) => Promise<boolean>;
  out: (text: string) => void;
  err: (text: string) => void;
}

async function askOnTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    // the prompt may be Chinese: accept the usual Chinese yes as well
    return /^(y|yes|是|是的|好|确定)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

export async function fixCommand(argv: string[]): Promise<number> {
  return runFix(argv, {
    host: realHost(),
    scanner: await liveScanner(),
    interactive: !!process.stdin.isTTY && !!process.stderr.isTTY,
    ask: askOnTerminal,
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
}

export async function runFix(argv: string[], deps: FixDeps): Promise<number> {
  const { host } = deps;
  const { values, positionals, settings } = parseCommand(argv, {
    options: {
      'dry-run': { type: 'boolean', default: false },
      yes: { type: 'boolean', short: 'y', default: false },
      only: { type: 'string' },
      workaround: { type: 'boolean', default: false },
      log: { type: 'string' },
    },
    positionals: Infinity,
    formats: [],
    env: host.env,
  });
  const { lang } = settings;
  const t = fixMessages(lang);
  if (values.help) { deps.out(t('fix.help', { docs: packagePath('docs', 'FIX.md') }) + '\n'); return 0; }
  if (positionals.length) throw new UsageError('usage.fixNoArgs', { arg: positionals[0]! }, 'fix');
  if (values.only !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.only)) throw new UsageError('usage.onlyId', { id: values.only }, 'fix');
  // an id gpu-doctor does not know is a typo, not "nothing to fix"
  if (values.only !== undefined && !loadRuleSet().rules.some((r) => r.id === values.only)) throw new UsageError('usage.onlyUnknown', { id: values.only }, 'fix');

  let scan;
  let machine;
  let refused: string[] = [];
  if (values.log) {
    scan = await scanLog(values.log);
    // the log describes the machine that wrote it: its fixes apply only where a scan of this machine agrees
    // (no scan is needed when the log says nothing a scan could contradict)
    if (sayWhereItRan(scan.facts)) machine = deps.scanner ? (await deps.scanner(host)).facts : hostFacts(host);
    refused = machine ? logMachineDisagreements(scan.facts, machine, t) : [];
  } else if (deps.scanner) {
    scan = await deps.scanner(host);
    machine = scan.facts;
  } else throw new UsageError('usage.noLiveScan', {}, 'fix');

  if (values.only && !scan.findings.some((f) => f.id === values.only)) {
    deps.err(t(values.log ? 'fix.onlyNotInLog' : 'fix.onlyNotOnMachine', { id: values.only }) + '\n');
    return 0;
  }
  const plan = await buildPlan(scan, host, { ...(values.only ? { only: values.only } : {}), workarounds: values.workaround, lang, ...(machine ? { machine } : { machine: hostFacts(host) }), refused });
  deps.out(renderPlan(plan, values.only ? 1 : scan.findings.length, t));
  // a log from elsewhere with nothing automatic to refuse: still say that its steps are for that machine
  if (refused.length && !plan.items.some((i) => i.status === 'refused')) deps.err(t('fix.otherMachine', { reasons: refused.join('; ') }) + '\n');
  // exit 1 while a finding remains that no change takes care of (manual steps, refused fixes)
  const left = findingsLeft(plan.items).length ? 1 : 0;
  if (!plan.changes.length) return left;
  if (values['dry-run']) { deps.out(t('fix.dryRun') + '\n'); return left; }
  if (!values.yes) {
    if (!deps.interactive) { deps.err(t('fix.noTerminal') + '\n'); return 0; }
    if (!(await deps.ask(t('fix.ask', { count: plan.changes.length })))) { deps.out(t('fix.declined') + '\n'); return 0; }
  }

  const home = doctorHome(host.env);
  let result;
  try {
    result = await applyPlan(plan, host, home, { findings: [...new Set(plan.changes.flatMap((c) => c.findingIds))], argv }, (l) => deps.out(`${l}\n`), t);
  } catch (e) {
    // another fix or undo holds the journal lock: say so in one line
    if (e instanceof LockError) { deps.err(t('error.line', { error: localise(e, t) }) + '\n'); return 2; }
    throw e;
  }
  if (result.failed) {
    deps.err(t('fix.stopped', { run: result.run ?? '?', error: result.failed, applied: result.applied }) + '\n');
    return 1;
  }
  deps.out(t('fix.done', { applied: result.applied, run: result.run ?? '?', home }) + '\n');
  if (!values.log && deps.scanner) {
    const v = await verify(plan, host, deps.scanner);
    deps.out(renderVerification(v, t));
    return v.remaining.length ? 1 : 0;
  }
  deps.out(t('fix.checkAgain') + '\n');
  return left;
}
