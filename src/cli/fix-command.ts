// `gpu-doctor fix [--dry-run] [--yes] [--only ID] [--workaround] [--log FILE]`
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { buildPlan } from '../fix/planner.js';
import { applyPlan } from '../fix/executor.js';
import { doctorHome } from '../fix/journal.js';
import { realHost, type FixHost } from '../fix/host.js';
import { liveScanner, scanLog } from '../fix/scan-source.js';
import { renderPlan, renderVerification } from '../fix/render.js';
import { verify, type Scanner } from '../fix/verify.js';
import { UsageError } from './usage-error.js';

export const FIX_HELP = `Usage: gpu-doctor fix [--dry-run] [--yes] [--only ID] [--workaround] [--log FILE]

Scans this machine, shows the plan (each action, what it changes, its risk) and asks before applying it.
  --dry-run      show the exact changes and touch nothing
  --yes, -y      apply without asking (without a terminal and without --yes nothing is changed)
  --only ID      fix one finding only
  --workaround   also apply fixes labelled "workaround" (offered after the proper fix)
  --log FILE     take the findings from a log instead of a scan (fixes that do not depend on the machine)
Every change is journaled in GPU_DOCTOR_HOME (default ~/.gpu-doctor) before it is made; gpu-doctor undo reverts it.`;

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
    return /^(y|yes|是)$/i.test((await rl.question(question)).trim());
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
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      yes: { type: 'boolean', short: 'y', default: false },
      only: { type: 'string' },
      workaround: { type: 'boolean', default: false },
      log: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { deps.out(FIX_HELP + '\n'); return 0; }
  if (positionals.length) throw new UsageError(`fix takes no arguments (got "${positionals[0]}"); see gpu-doctor fix --help`);
  if (values.only !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.only)) throw new UsageError(`--only needs a finding id like zlibwapi-missing (got "${values.only}")`);
  const { host } = deps;

  let scan;
  if (values.log) scan = await scanLog(values.log);
  else if (deps.scanner) scan = await deps.scanner(host);
  else throw new UsageError('the live scan is not available in this build; use gpu-doctor fix --log FILE');

  if (values.only && !scan.findings.some((f) => f.id === values.only)) {
    deps.err(`gpu-doctor: "${values.only}" was not found ${values.log ? 'in that log' : 'on this machine'}; nothing to fix\n`);
    return 0;
  }
  const plan = await buildPlan(scan, host, { ...(values.only ? { only: values.only } : {}), workarounds: values.workaround });
  deps.out(renderPlan(plan, values.only ? 1 : scan.findings.length));
  if (!plan.changes.length) return 0;
  if (values['dry-run']) { deps.out('Dry run: nothing was changed.\n'); return 0; }
  if (!values.yes) {
    if (!deps.interactive) { deps.err('gpu-doctor: nothing was changed (no terminal to ask; run with --yes to apply)\n'); return 0; }
    if (!(await deps.ask(`Apply these ${plan.changes.length} change(s)? [y/N] `))) { deps.out('Nothing was changed.\n'); return 0; }
  }

  const home = doctorHome(host.env);
  const result = await applyPlan(plan, host, home, { findings: [...new Set(plan.changes.flatMap((c) => c.findingIds))], argv }, (l) => deps.out(`${l}\n`));
  if (result.failed) {
    deps.err(`gpu-doctor: fix run ${result.run} stopped: ${result.failed}\n  ${result.applied} change(s) were made; gpu-doctor undo ${result.run} takes them back\n`);
    return 1;
  }
  deps.out(`Done: ${result.applied} change(s), journal run ${result.run} in ${home} (gpu-doctor undo takes them back).\n`);
  if (!values.log && deps.scanner) {
    const v = await verify(plan, host, deps.scanner);
    deps.out(renderVerification(v));
    return v.remaining.length ? 1 : 0;
  }
  deps.out('Run your program again (in a new terminal) to check.\n');
  return 0;
}
