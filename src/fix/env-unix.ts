// Environment changes on Linux / WSL / macOS: one marked block in the shell start-up file, or — when a conda
// env is active — an activate.d script of that env (with a deactivate.d script that puts things back).
import { join } from 'node:path';
import { fileState, readText, sha256 } from './files.js';
import { findBlock, renderActivate, renderDeactivate, renderLine, setBlock, withEntry } from './shell-block.js';
import type { FixHost } from './host.js';
import type { EnvAction, PlannedChange } from './types.js';
import { fixMessages, type Messages } from './messages.js';

/** ~/.zshrc for zsh, ~/.bashrc for bash, else ~/.profile (read by sh, dash and login shells). */
export function startupFile(host: FixHost): string {
  const shell = host.env.SHELL ?? '';
  if (/zsh$/.test(shell)) return join(host.home, '.zshrc');
  if (/bash$/.test(shell)) return join(host.home, '.bashrc');
  return join(host.home, '.profile');
}

export const condaScripts = (prefix: string): { activate: string; deactivate: string } => ({
  activate: join(prefix, 'etc', 'conda', 'activate.d', 'gpu-doctor.sh'),
  deactivate: join(prefix, 'etc', 'conda', 'deactivate.d', 'gpu-doctor.sh'),
});

export interface EnvPlan {
  changes: PlannedChange[];
  /** per action (same order): already in place */
  done: boolean[];
  where: string;
}

function writeChange(path: string, current: string | undefined, content: string, findingIds: string[], preview: string[], t: Messages): PlannedChange {
  const before = fileState(path);
  const mode = before.type === 'file' ? before.mode : 0o644;
  return {
    change: { kind: 'file', op: 'write', path, content, before, after: { type: 'file', sha256: sha256(content), mode }, block: true },
    preview: [t(current === undefined ? 'preview.create' : 'preview.edit', { path }), ...preview],
    findingIds,
  };
}

export function planUnixEnv(actions: { action: EnvAction; findingId: string }[], host: FixHost, t: Messages = fixMessages()): EnvPlan {
  const conda = host.env.CONDA_PREFIX;
  const file = conda ? condaScripts(conda).activate : startupFile(host);
  const current = readText(file);
  let entries = current === undefined ? [] : findBlock(current)?.entries ?? [];
  const done: boolean[] = [];
  const added: string[] = [];
  const ids = new Set<string>();
  for (const { action, findingId } of actions) {
    const next = withEntry(entries, action);
    done.push(next === entries);
    if (next !== entries) { added.push(`+ ${renderLine(action)}`); ids.add(findingId); }
    entries = next;
  }
  const where = conda ? t('note.condaWhere', { prefix: conda }) : file;
  if (!added.length) return { changes: [], done, where };
  if (!conda) {
    const content = setBlock(current ?? '', entries);
    return { changes: [writeChange(file, current, content, [...ids], [t('preview.inBlock'), ...added.map((l) => `  ${l}`)], t)], done, where };
  }
  const deactivate = condaScripts(conda).deactivate;
  return {
    changes: [
      writeChange(file, current, renderActivate(entries), [...ids], [t('preview.onActivate'), ...added.map((l) => `  ${l}`)], t),
      writeChange(deactivate, readText(deactivate), renderDeactivate(entries), [...ids], [t('preview.onDeactivate')], t),
    ],
    done,
    where,
  };
}
