// The data a fix is made of. An Action says what to do in the user's words (add this folder to PATH);
// a Change is what the executor actually touches on this machine (this file, this registry value) with
// its state before and after, so that it can be journaled before it is made and reverted afterwards.
import type { FixSpec } from '../engine/rule-types.js';
import type { Action, Risk } from '../engine/action-types.js';

// the actions a rule file may name are part of the rule schema (src/engine/action-types.ts)
export type { Action, ActionSpec, EnvAction, EnvVariableList, Risk } from '../engine/action-types.js';

export type FileState =
  | { type: 'absent' }
  | { type: 'file'; sha256: string; mode: number; backup?: string }
  | { type: 'symlink'; target: string };

export interface RegValue { type: 'REG_SZ' | 'REG_EXPAND_SZ'; value: string }

export type Change =
  | {
      kind: 'file';
      path: string;
      /** `write` = new content computed by gpu-doctor (start-up file block, conda scripts) */
      op: 'copy' | 'symlink' | 'write';
      from?: string;
      /** content to write (op write); not journaled, its hash is */
      content?: string;
      before: FileState;
      after: FileState;
      /** the file holds a gpu-doctor block: undo splices the block back if the user edited the file since */
      block?: boolean;
    }
  | {
      kind: 'registry';
      /** value name under HKCU\Environment */
      name: string;
      before: RegValue | null;
      after: RegValue | null;
      /** list entries added to a PATH-like value: undo removes only these if the value changed since */
      added?: string[];
    }
  | {
      kind: 'pip';
      python: string;
      args: string[];
      packages: string[];
      /** installed version of each package before (null = not installed) */
      before: Record<string, string | null>;
    };

export interface PlanItem {
  findingId: string;
  title: string;
  risk: Risk;
  action: Action;
  /** pending: will change something; done: already in place; manual: for the user; skipped: not applied;
   *  refused: not applied because this machine is not the one it is for (the note says why) */
  status: 'pending' | 'done' | 'manual' | 'skipped' | 'refused';
  note?: string;
}

export interface PlannedChange {
  change: Change;
  /** what the user is shown: the exact edit */
  preview: string[];
  /** the plan items this change carries out */
  findingIds: string[];
}

export interface Plan {
  items: PlanItem[];
  changes: PlannedChange[];
}

/** A finding as the fix command needs it: its id, its fixes (with their actions) and the captures of its evidence. */
export interface FixFinding {
  id: string;
  severity?: string;
  fixes: FixSpec[];
  captures?: Record<string, string>;
  /** the root causes that explain this finding: fixing them fixes it, so it lists no manual steps of its own */
  explainedBy?: string[];
}

export type FactLookup = Map<string, { value: unknown }>;

export interface ScanResult {
  facts: FactLookup;
  findings: FixFinding[];
}

export type OsKind = 'windows' | 'linux' | 'wsl1' | 'wsl2' | 'macos';

/** Runs a program without a shell, never hangs (timeout), never throws on a non-zero exit. */
export type Runner = (file: string, args: string[], opts?: { timeoutMs?: number; inherit?: boolean }) =>
  Promise<{ exitCode: number; stdout: string; stderr: string }>;
