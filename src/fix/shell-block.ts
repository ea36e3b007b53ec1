// The ONE marked block gpu-doctor keeps in a shell start-up file (~/.bashrc, ~/.zshrc, ~/.profile) or a conda
// activate.d script. Pure text functions: the block is rendered from a list of environment actions and parsed
// back from its own lines, so adding an entry twice changes nothing and the rest of the file is never touched.
import type { EnvAction } from './types.js';
import { FixError } from './messages.js';

export const BEGIN = '# >>> gpu-doctor >>>';
export const END = '# <<< gpu-doctor <<<';
const NOTE = '# Added by `gpu-doctor fix`; `gpu-doctor undo` takes it back. Edit outside this block.';

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** "…" with the characters the shell expands inside double quotes escaped */
const dq = (s: string): string => `"${s.replace(/(["\\$`])/g, '\\$1')}"`;
const undq = (s: string): string => s.slice(1, -1).replace(/\\(["\\$`])/g, '$1');
/** '…' — nothing expands; a quote is written '\'' */
const sq = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const unsq = (s: string): string => s.slice(1, -1).replace(/'\\''/g, "'");

export function assertEnvName(name: string): void {
  if (!NAME_RE.test(name)) throw new FixError('error.envName', { name: JSON.stringify(name) });
}

export function renderLine(a: EnvAction): string {
  if (a.kind === 'path-add') return `export ${a.variable}=${dq(a.entry).slice(0, -1)}\${${a.variable}:+:\${${a.variable}}}"`;
  assertEnvName(a.name);
  if (a.kind === 'env-set') return `export ${a.name}=${sq(a.value)}`;
  return `unset ${a.name}`;
}

const PATH_LINE = /^export (PATH|LD_LIBRARY_PATH)=("(?:[^"\\]|\\.)*)\$\{\1:\+:\$\{\1\}\}"$/;
const SET_LINE = /^export ([A-Za-z_][A-Za-z0-9_]*)=('(?:[^']|'\\'')*')$/;
const UNSET_LINE = /^unset ([A-Za-z_][A-Za-z0-9_]*)$/;

export function parseLine(line: string): EnvAction | undefined {
  let m = PATH_LINE.exec(line);
  if (m) return { kind: 'path-add', variable: m[1] as 'PATH' | 'LD_LIBRARY_PATH', entry: undq(`${m[2]}"`) };
  m = SET_LINE.exec(line);
  if (m) return { kind: 'env-set', name: m[1]!, value: unsq(m[2]!) };
  m = UNSET_LINE.exec(line);
  if (m) return { kind: 'env-unset', name: m[1]! };
  return undefined;
}

interface Located { start: number; end: number; entries: EnvAction[] }

/** Finds the block (line-based; `end` is the index just after the END line's newline). */
export function findBlock(text: string): Located | undefined {
  const start = text.startsWith(BEGIN) ? 0 : text.indexOf(`\n${BEGIN}`) + 1;
  if (start === 0 && !text.startsWith(BEGIN)) return undefined;
  const endMarker = text.indexOf(END, start);
  if (endMarker < 0) return undefined;
  let end = endMarker + END.length;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  const entries = text.slice(start, endMarker).split(/\r?\n/).slice(1)
    .map((l) => parseLine(l.trim())).filter((e): e is EnvAction => !!e);
  return { start, end, entries };
}

export function renderBlock(entries: EnvAction[], eol = '\n'): string {
  return [BEGIN, NOTE, ...entries.map(renderLine), END].join(eol) + eol;
}

const sameTarget = (a: EnvAction, b: EnvAction): boolean =>
  a.kind === 'path-add' ? b.kind === 'path-add' && a.variable === b.variable && a.entry === b.entry
    : b.kind !== 'path-add' && a.name === b.name;

/** The block's entries after one more action; unchanged (same array) when it is already there. */
export function withEntry(entries: EnvAction[], action: EnvAction): EnvAction[] {
  const existing = entries.find((e) => sameTarget(e, action));
  if (existing && renderLine(existing) === renderLine(action)) return entries;
  return [...entries.filter((e) => !sameTarget(e, action)), action];
}

/** The file's text with its block holding `entries` (the block removed when there are none). */
export function setBlock(text: string, entries: EnvAction[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const found = findBlock(text);
  if (found) {
    const block = entries.length ? renderBlock(entries, eol) : '';
    return text.slice(0, found.start) + block + text.slice(found.end);
  }
  if (!entries.length) return text;
  const sep = text === '' ? '' : text.endsWith('\n') ? eol : eol + eol;
  return text + sep + renderBlock(entries, eol);
}

/** Undo after the user edited the file since: put back the block as it was in `before` and keep their edits. */
export function restoreBlock(current: string, before: string | undefined): string {
  const old = before === undefined ? undefined : findBlock(before);
  const now = findBlock(current);
  if (!old) {
    if (!now) return current;
    // drop the block and the blank line setBlock put in front of it
    let start = now.start;
    if (current.slice(0, start).endsWith('\n\n')) start -= 1;
    else if (current.slice(0, start).endsWith('\r\n\r\n')) start -= 2;
    return current.slice(0, start) + current.slice(now.end);
  }
  const oldText = before!.slice(old.start, old.end);
  if (!now) return setBlock(current, old.entries);
  return current.slice(0, now.start) + oldText + current.slice(now.end);
}

/**
 * For a conda env's deactivate.d: put back every variable the activate script changed (conda runs
 * activate.d after it sets the env's own PATH, and deactivate.d before it removes it).
 */
export function renderDeactivate(entries: EnvAction[], eol = '\n'): string {
  const names = [...new Set(entries.map((e) => (e.kind === 'path-add' ? e.variable : e.name)))];
  const lines = names.flatMap((n) => [
    `if [ -n "\${_GPU_DOCTOR_OLD_${n}+x}" ]; then export ${n}="\${_GPU_DOCTOR_OLD_${n}}"; unset _GPU_DOCTOR_OLD_${n}; else unset ${n}; fi`,
  ]);
  return [BEGIN, NOTE, ...lines, END].join(eol) + eol;
}

/** For a conda env's activate.d: save each variable before changing it, so deactivate can restore it. */
export function renderActivate(entries: EnvAction[], eol = '\n'): string {
  const names = [...new Set(entries.map((e) => (e.kind === 'path-add' ? e.variable : e.name)))];
  const saves = names.map((n) => `if [ -n "\${${n}+x}" ]; then export _GPU_DOCTOR_OLD_${n}="\${${n}}"; fi`);
  return [BEGIN, NOTE, ...saves, ...entries.map(renderLine), END].join(eol) + eol;
}
