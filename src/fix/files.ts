// File primitives the executor and undo share: the state of a path (absent, file with its hash, symlink),
// and writes that are atomic (temporary file + rename), so a run killed half-way leaves either the old
// or the new file, never half of one.
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, readlinkSync, renameSync,
  rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { FileState } from './types.js';

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export function fileState(path: string): FileState {
  let st;
  try {
    st = lstatSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { type: 'absent' };
    throw err;
  }
  if (st.isSymbolicLink()) return { type: 'symlink', target: readlinkSync(path) };
  return { type: 'file', sha256: sha256(readFileSync(path)), mode: st.mode & 0o7777 };
}

/** Same content / same link target (backups do not count). */
export function sameState(a: FileState, b: FileState): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'file' && b.type === 'file') return a.sha256 === b.sha256;
  if (a.type === 'symlink' && b.type === 'symlink') return a.target === b.target;
  return true;
}

export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function tempNext(path: string): string {
  return join(dirname(path), `.${basename(path)}.gpu-doctor-${process.pid}.tmp`);
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try { fsyncSync(fd); } finally { closeSync(fd); }
}

/** Puts the file's new content beside it (`put` writes the temporary file), then renames it over the path. */
function atomicReplace(path: string, put: (tmp: string) => void, mode: number | undefined): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempNext(path);
  put(tmp);
  if (mode !== undefined) chmodSync(tmp, mode);
  syncFile(tmp);
  renameSync(tmp, path);
}

export function atomicWrite(path: string, data: string | Buffer, mode?: number): void {
  atomicReplace(path, (tmp) => writeFileSync(tmp, data), mode);
}

export function atomicCopy(from: string, to: string, mode?: number): void {
  atomicReplace(to, (tmp) => copyFileSync(from, tmp), mode);
}

export function atomicSymlink(target: string, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempNext(path);
  rmSync(tmp, { force: true });
  symlinkSync(target, tmp);
  renameSync(tmp, path);
}

export function removePath(path: string): void {
  rmSync(path, { force: true });
}
