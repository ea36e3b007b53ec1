// The literal automaton of the shipped rules is built by `npm run build` and saved in dist/ next to the pattern
// verdicts (its trie and failure links, ~0.3 MB; the transition table is filled on use): a start reads it
// back instead of building it, which a fresh process does in V8's interpreter (40+ ms). Any other literal
// list (a user's rule folder, a rule edited since the build) is built at load, once per process, unless a start
// saved it in the user's cache for exactly these literals (user-cache.ts: the shipped rules changed since the build).
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { packagePath } from '../package-root.js';
import { shippedBuildFile } from './shipped-build.js';
import { LiteralAutomaton } from './literal-automaton.js';
import { textKey, userCacheFile, writeCacheFile } from './user-cache.js';

/** Bump when the saved layout or its meaning changes: old files are then ignored. */
const FORMAT = 1;

const known = new Map<string, LiteralAutomaton>();
let saved: LiteralAutomaton | null | undefined;

/** The saved automaton's file (its arrays are in this machine's byte order, so that is in the name). */
export function automatonFile(): string {
  return packagePath('dist', automatonName());
}

const automatonName = (): string => `literal-automaton-v${FORMAT}-${endianness().toLowerCase()}.bin`;

/** The automaton for these literals (in this order): the saved one when it holds exactly them, else built. */
export function automatonFor(literals: string[]): LiteralAutomaton {
  const key = JSON.stringify(literals);
  let automaton = known.get(key);
  if (automaton) return automaton;
  if (saved === undefined) saved = readSaved(automatonFile());
  // dist/'s, else the one the Action bundle carries (shipped-build.ts), else the user's cache
  if (saved === null) {
    const copy = shippedBuildFile(automatonName());
    if (copy) saved = readSaved(copy);
  }
  automaton = builtFor(saved, key) ?? builtFor(readSaved(userAutomatonFile(key)), key) ?? new LiteralAutomaton(literals);
  known.set(key, automaton);
  return automaton;
}

/** The file in the user's cache for the automaton of a literal list (as automatonFor keys it). */
export function userAutomatonFile(key: string): string {
  return userCacheFile(`literal-automaton-v${FORMAT}-${endianness().toLowerCase()}-${textKey(key)}.bin`);
}

/** A saved automaton when it was built for exactly this literal list (key: the list as JSON), else null. */
function builtFor(automaton: LiteralAutomaton | null, key: string): LiteralAutomaton | null {
  return automaton !== null && JSON.stringify(automaton.literals) === key ? automaton : null;
}

function readSaved(file: string): LiteralAutomaton | null {
  try {
    return LiteralAutomaton.fromBytes(readFileSync(file));
  } catch {
    return null; // not built (a fresh checkout under vitest), unreadable, or from another version: build at load
  }
}

/** Saves an automaton for later starts; returns its size in bytes. */
export function saveAutomaton(automaton: LiteralAutomaton, path = automatonFile()): number {
  const bytes = automaton.toBytes();
  writeCacheFile(path, bytes);
  return bytes.length;
}
