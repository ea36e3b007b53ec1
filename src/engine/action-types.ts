// The actions a rule's fix may name (`fixes[].action` in rules/<id>.json): part of the rule schema, so it
// lives beside rule-types.ts; src/fix carries them out.

export type Risk = 'safe' | 'caution' | 'workaround';
export type EnvVariableList = 'PATH' | 'LD_LIBRARY_PATH';

export type Action =
  /** copy (or symlink) a file that is already on this machine; an existing target is backed up first */
  | { kind: 'copy-file'; from: string; to: string; mode?: 'copy' | 'symlink' }
  /** put a folder on PATH / LD_LIBRARY_PATH (prepended: it must win over older copies) */
  | { kind: 'path-add'; variable: EnvVariableList; entry: string }
  | { kind: 'env-set'; name: string; value: string }
  | { kind: 'env-unset'; name: string }
  /** `<python> -m pip <args>`; `packages` are the distributions it changes (their versions are journaled) */
  | { kind: 'pip'; python: string; args: string[]; packages: string[] }
  /** nothing the executor can do: a step for the user, with where to read more */
  | { kind: 'manual'; text: string; link?: string };

export type EnvAction = Extract<Action, { kind: 'path-add' | 'env-set' | 'env-unset' }>;

/**
 * The machine-readable part of a rule's fix (`fixes[].action` in rules/<id>.json): either an action with
 * `{{fact}}` placeholders, or the name of a builder in src/fix/builders.ts for fixes that need to look at
 * the machine (find a file, choose a wheel index).
 */
export type ActionSpec = ((Action & { risk?: Risk }) | { builder: string; risk?: Risk }) & {
  /** the systems the action is for (as a rule fix's `contexts`): refused on any other machine */
  contexts?: { only?: Array<'windows' | 'linux' | 'wsl' | 'macos' | 'container'>; not?: Array<'windows' | 'linux' | 'wsl' | 'macos' | 'container'> };
};
