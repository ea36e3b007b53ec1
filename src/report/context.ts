// The machine a log (or a scan) describes, as far as the advice depends on it: the OS, WSL, a container.
// Fix steps are chosen by it, so a WSL log is never told to install a Linux driver and a container log is
// told to fix the host. Unknown parts leave every choice open (`explain` shows all fixes).
import type { FactMap } from '../facts/derive.js';

/** windows, linux (a Linux host), wsl, macos; container: inside Docker / Podman / Apptainer. */
export type ContextTag = 'windows' | 'linux' | 'wsl' | 'macos' | 'container';
export const CONTEXT_TAGS: readonly ContextTag[] = ['windows', 'linux', 'wsl', 'macos', 'container'];

export interface Context {
  /** empty when nothing is known */
  tags: Set<ContextTag>;
}

export function contextOf(facts: FactMap): Context {
  const tags = new Set<ContextTag>();
  const os = String(facts.get('os')?.value ?? '');
  if (os === 'windows') tags.add('windows');
  else if (/^wsl/.test(os)) tags.add('wsl');
  else if (os === 'macos') tags.add('macos');
  else if (os === 'linux') tags.add('linux');
  if (facts.get('inContainer')?.value === true) {
    tags.add('container');
    if (!tags.has('wsl') && !tags.has('windows')) tags.add('linux'); // a container runs Linux
  }
  return { tags };
}

/** A fix's or a step's condition: `only` — shown when one of these holds (or nothing is known); `not` — hidden when one holds. */
export interface ContextCondition {
  only?: ContextTag[];
  not?: ContextTag[];
}

export function fits(cond: ContextCondition | undefined, ctx: Context): boolean {
  if (!cond) return true;
  if (cond.not?.some((t) => ctx.tags.has(t))) return false;
  if (cond.only && ctx.tags.size > 0 && !cond.only.some((t) => ctx.tags.has(t))) return false;
  return true;
}

// A step may open with the system it is for ("Windows: …", "Ubuntu: …", "WSL: …"; in Chinese with "：");
// it is shown where that system is, or when the system is unknown.
const STEP_LABELS: Array<[RegExp, ContextCondition]> = [
  [/^(?:on )?windows(?: \([^)]*\))?\s*[:：]/i, { only: ['windows'] }],
  [/^(?:on )?(?:wsl2?|inside wsl)\s*[:：]/i, { only: ['wsl'] }],
  // "Linux / WSL2, TensorFlow ≥ 2.14:", "Linux or WSL2:" — a label may add a version bound after a comma (commands.ts reads it)
  [/^(?:on )?(?:linux|ubuntu|debian|fedora|arch)(?: ?(?:\/|or|and|或|和) ?\w+)?(?:[,，][^:：]{0,40})?\s*[:：]/i, { only: ['linux', 'wsl', 'container'] }],
  [/^(?:on )?macos\s*[:：]/i, { only: ['macos'] }],
  [/^(?:(?:in )?(?:a |the )?(?:docker )?container|容器)\s*[:：]/i, { only: ['container'] }],
];

export function stepCondition(step: string): ContextCondition | undefined {
  return STEP_LABELS.find(([re]) => re.test(step))?.[1];
}
