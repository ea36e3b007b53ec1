// `gpu-doctor plan --framework tensorflow|pytorch [--os …] [--gpu … | --cc …] [--driver …] [--python …]
// [--version …] [--json] [--lang en|zh-CN] [--all] [--no-scan]`: the version set that works on this machine.
import { plan, DEFAULT_LIMIT } from '../plan/planner.js';
import { constraintsFromFlags, mergeConstraints } from '../plan/constraints.js';
import { localOs, machineConstraints } from '../scan/machine-constraints.js';
import { planJson, renderPlanTerminal } from '../plan/render.js';
import { messages } from '../i18n/messages.js';
import type { Constraints } from '../plan/types.js';
import { parseCommand } from './options.js';

export async function planCommand(argv: string[]): Promise<number> {
  const { values, settings } = parseCommand(argv, {
    options: {
      framework: { type: 'string', short: 'f' },
      os: { type: 'string' },
      gpu: { type: 'string' },
      cc: { type: 'string' },
      driver: { type: 'string' },
      python: { type: 'string' },
      version: { type: 'string' },
      all: { type: 'boolean', default: false },
      'no-scan': { type: 'boolean', default: false },
    },
    formats: ['json'],
  });
  if (values.help) { process.stdout.write(messages(settings.lang, 'cli')('plan.help') + '\n'); return 0; }
  const flags = constraintsFromFlags(values);
  // only look at the machine for what the flags leave open
  const open = !flags.os || !flags.cc || !flags.driver || !flags.python || !flags.framework;
  // a question about another system (--os windows asked on Linux) must not borrow this machine's Python or driver
  const otherSystem = flags.os !== undefined && flags.os !== localOs();
  const machine: Partial<Constraints> = open && !values['no-scan'] && !otherSystem ? await machineConstraints() : {};
  const constraints = mergeConstraints(flags, machine);
  const result = plan(constraints, { limit: values.all ? Number.MAX_SAFE_INTEGER : DEFAULT_LIMIT });
  const t = messages(settings.lang);
  process.stdout.write(settings.format === 'json' ? planJson(result, t) : renderPlanTerminal(result, t) + '\n');
  // 0: a working combination exists (even if the driver must be upgraded first); 1: none fits
  return result.combinations.length ? 0 : 1;
}
