// Environment changes on Windows: the user's variables in HKCU\Environment. PATH keeps its type (REG_EXPAND_SZ,
// so %VARS% keep working) and every existing entry byte for byte; a new entry is appended after them.
import type { Registry } from './registry.js';
import type { EnvAction, PlannedChange, RegValue } from './types.js';
import { fixMessages, type Messages } from './messages.js';

/** C:\CUDA\bin\ and c:\cuda\bin are the same folder. */
const normEntry = (s: string): string => s.trim().replace(/^"|"$/g, '').replace(/[\\/]+$/, '').replace(/\//g, '\\').toLowerCase();

export function pathHasEntry(value: string, entry: string): boolean {
  const want = normEntry(entry);
  return value.split(';').some((e) => normEntry(e) === want);
}

export function appendEntry(value: string, entry: string): string {
  if (value === '') return entry;
  return value.endsWith(';') ? value + entry : `${value};${entry}`;
}

/** Removes exactly the entries gpu-doctor added (used by undo when the user edited the value since). */
export function removeEntries(value: string, entries: string[]): string {
  const drop = new Set(entries.map(normEntry));
  return value.split(';').filter((e) => !drop.has(normEntry(e)) || e === '').join(';');
}

export interface WindowsEnvPlan {
  changes: PlannedChange[];
  done: boolean[];
  /** per action: why it does not apply here */
  skipped: (string | undefined)[];
}

const show = (v: RegValue | null, t: Messages): string => (v ? t('preview.regValue', { type: v.type, length: v.value.length }) : t('preview.regNotSet'));

export async function planWindowsEnv(actions: { action: EnvAction; findingId: string }[], registry: Registry, t: Messages = fixMessages()): Promise<WindowsEnvPlan> {
  const values = new Map<string, { name: string; before: RegValue | null; after: RegValue | null; added: string[]; ids: Set<string>; lines: string[] }>();
  const read = async (name: string) => {
    let v = values.get(name.toLowerCase());
    if (!v) {
      const before = await registry.get(name);
      v = { name, before, after: before, added: [], ids: new Set(), lines: [] };
      values.set(name.toLowerCase(), v);
    }
    return v;
  };
  const done: boolean[] = [];
  const skipped: (string | undefined)[] = [];
  for (const { action, findingId } of actions) {
    if (action.kind === 'path-add' && action.variable === 'LD_LIBRARY_PATH') {
      done.push(false);
      skipped.push(t('note.ldOnWindows'));
      continue;
    }
    skipped.push(undefined);
    const name = action.kind === 'path-add' ? 'Path' : action.name;
    const v = await read(name);
    const cur = v.after;
    if (action.kind === 'path-add') {
      if (cur && pathHasEntry(cur.value, action.entry)) { done.push(true); continue; }
      v.after = { type: cur?.type ?? 'REG_EXPAND_SZ', value: appendEntry(cur?.value ?? '', action.entry) };
      v.added.push(action.entry);
      v.lines.push(t('preview.regAppend', { entry: action.entry }));
    } else if (action.kind === 'env-set') {
      if (cur?.value === action.value) { done.push(true); continue; }
      v.after = { type: cur?.type ?? (action.value.includes('%') ? 'REG_EXPAND_SZ' : 'REG_SZ'), value: action.value };
      v.lines.push(t('preview.regSet', { value: action.value }));
    } else {
      if (!cur) { done.push(true); continue; }
      v.after = null;
      v.lines.push(t('preview.regDelete'));
    }
    v.ids.add(findingId);
    done.push(false);
  }
  const changes: PlannedChange[] = [];
  for (const v of values.values()) {
    if (!v.ids.size) continue;
    changes.push({
      change: { kind: 'registry', name: v.name, before: v.before, after: v.after, ...(v.added.length ? { added: v.added } : {}) },
      preview: [`HKCU\\Environment\\${v.name}: ${show(v.before, t)} → ${show(v.after, t)}`, ...v.lines],
      findingIds: [...v.ids],
    });
  }
  return { changes, done, skipped };
}
