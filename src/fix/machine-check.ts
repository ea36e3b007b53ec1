// `fix --log FILE`: a log describes the machine that wrote it. Before a fix taken from a log changes anything
// here, a scan of this machine must agree with what the log says about where it ran (OS, WSL, container) and
// what it ran (driver, torch, TensorFlow). Each disagreement is one line saying what the log says and what
// this machine has; with any of them, no automatic fix from that log is applied.
import { contextOf, fits, type ContextCondition } from '../report/context.js';
import type { FactMap } from '../facts/derive.js';
import type { FactLookup } from './types.js';
import type { FixHost } from './host.js';
import { fixMessages, type Messages } from './messages.js';

const scalar = (facts: FactLookup, name: string): string | undefined => {
  const v = facts.get(name)?.value;
  const one = Array.isArray(v) ? v[0] : v;
  return typeof one === 'string' || typeof one === 'number' ? String(one) : undefined;
};

/**
 * One build, as far as both say: "2.10" is "2.10.1", "1.13.0" is "1.13.0a0", "2.3.1" is "2.3.1+cpu"; the
 * local tags must match when both have one ("2.3.1+cpu" is not "2.3.1+cu121").
 */
export const sameBuild = (a: string, b: string): boolean => {
  const parts = (v: string): string[] => /^\d+(?:\.\d+)*/.exec(v)?.[0].split('.') ?? [v];
  const [pa, pb] = [parts(a), parts(b)];
  const [la, lb] = [a.split('+')[1], b.split('+')[1]];
  return pa.slice(0, pb.length).every((x, k) => Number(x) === Number(pb[k])) && (!la || !lb || la === lb);
};

/** The machine in words ("WSL2", "Linux in a container"), for the refusal line. */
export function where(facts: FactLookup, t: Messages): string {
  const os = scalar(facts, 'os');
  const container = facts.get('inContainer')?.value === true;
  if (!os) return t(container ? 'machine.tag.container' : 'machine.os.unknown');
  return container ? t('machine.inContainer', { os: t(`machine.os.${os}`) }) : t(`machine.os.${os}`);
}

/** What the log says that this machine's scan contradicts: one line each, in the user's language. */
export function logMachineDisagreements(log: FactLookup, here: FactLookup, t: Messages = fixMessages()): string[] {
  const out: string[] = [];
  const logOs = scalar(log, 'os');
  const hereOs = scalar(here, 'os');
  const logInContainer = log.get('inContainer')?.value === true;
  const hereInContainer = here.get('inContainer')?.value === true;
  // where it ran: only what the log states is compared (a log that names no OS says nothing about it)
  if ((logOs && hereOs && logOs !== hereOs) || (logInContainer && !hereInContainer)) {
    out.push(t('machine.where', { log: where(log, t), here: where(here, t) }));
  }
  // what it ran: the driver, torch and TensorFlow the log shows are the ones installed here
  const logDriver = scalar(log, 'driverVersion');
  if (logDriver) {
    const hereDriver = scalar(here, 'driverVersion');
    if (hereDriver && hereDriver !== logDriver) out.push(t('machine.driver', { log: logDriver, here: hereDriver }));
    else if (!hereDriver && here.get('driverFound')?.value === false) out.push(t('machine.noDriver', { log: logDriver }));
  }
  for (const [fact, name] of [['torchVersion', 'torch'], ['tfVersion', 'TensorFlow']] as const) {
    const a = scalar(log, fact);
    const b = scalar(here, fact);
    if (a && b && !sameBuild(a, b)) out.push(t('machine.version', { name, log: a, here: b }));
  }
  return out;
}

const COMPARED = ['os', 'inContainer', 'driverVersion', 'torchVersion', 'tfVersion'];
/** Whether the log says anything a scan of this machine could contradict. */
export const sayWhereItRan = (log: FactLookup): boolean => COMPARED.some((name) => log.get(name)?.value !== undefined);

/** This machine's facts when no scan can run: what the host itself knows (its OS). */
export const hostFacts = (host: FixHost): FactLookup => new Map([['os', { value: host.os }]]);

/** Whether a fix meant for some systems (a rule fix's `contexts`) fits this machine. */
export function fitsMachine(cond: ContextCondition | undefined, here: FactLookup): boolean {
  return fits(cond, contextOf(here as unknown as FactMap));
}

/** The systems a condition names, in words, for the line that says why a fix is not for this machine. */
export function describeCondition(cond: ContextCondition, t: Messages): string {
  const names = (tags: string[] | undefined): string => (tags ?? []).map((tag) => t(`machine.tag.${tag}`)).join(' / ');
  return cond.only?.length ? names(cond.only) : t('machine.notOn', { systems: names(cond.not) });
}

/** The findings no automatic change takes care of: every item of theirs is manual, skipped or refused. */
export function findingsLeft(items: { findingId: string; status: string }[]): string[] {
  const handled = new Set(items.filter((i) => i.status === 'pending' || i.status === 'done').map((i) => i.findingId));
  return [...new Set(items.map((i) => i.findingId))].filter((id) => !handled.has(id));
}
