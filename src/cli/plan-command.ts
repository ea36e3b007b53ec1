// `gpu-doctor plan --framework tensorflow|pytorch [--os …] [--gpu … | --cc …] [--driver …] [--python …]
// [--version …] [--json] [--lang en|zh-CN] [--all] [--no-scan]`: the version set that works on this machine.
import { parseArgs } from 'node:util';
import { plan, DEFAULT_LIMIT } from '../plan/planner.js';
import { constraintsFromFlags, mergeConstraints } from '../plan/constraints.js';
import { machineConstraints } from '../plan/machine.js';
import { planJson, renderPlanTerminal } from '../plan/render.js';
import { isLang, messages, resolveLang } from '../report/messages.js';
import type { Constraints } from '../plan/types.js';
import { UsageError } from './usage-error.js';

export const PLAN_HELP = `plan --framework tensorflow|pytorch [--os windows|linux|wsl] [--gpu "RTX 4060" | --cc 8.9]
     [--driver 531.14] [--python 3.11] [--version 2.10] [--json] [--lang en|zh-CN] [--all] [--no-scan]
  Recommends framework, Python, CUDA / cuDNN and driver versions that work together, with the install
  commands and the table rows behind them. Missing flags are filled from a scan of this machine.`;

export async function planCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      framework: { type: 'string', short: 'f' },
      os: { type: 'string' },
      gpu: { type: 'string' },
      cc: { type: 'string' },
      driver: { type: 'string' },
      python: { type: 'string' },
      version: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      all: { type: 'boolean', default: false },
      'no-scan': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(PLAN_HELP + '\n');
    return 0;
  }
  if (values.lang !== undefined && !isLang(values.lang)) throw new UsageError(`unknown language "${values.lang}" (use en or zh-CN)`);
  const flags = constraintsFromFlags(values);
  // only look at the machine for what the flags leave open
  const open = !flags.os || !flags.cc || !flags.driver || !flags.python || !flags.framework;
  const machine: Partial<Constraints> = open && !values['no-scan'] ? await machineConstraints() : {};
  const constraints = mergeConstraints(flags, machine);
  const result = plan(constraints, { limit: values.all ? Number.MAX_SAFE_INTEGER : DEFAULT_LIMIT });
  const t = messages(resolveLang(values.lang));
  process.stdout.write(values.json ? planJson(result, t) : renderPlanTerminal(result, t) + '\n');
  // 0: a working combination exists (even if the driver must be upgraded first); 1: none fits
  return result.combinations.length ? 0 : 1;
}
