// The texts of `fix` and `undo` in the user's language (locales/fix/<lang>.json). Errors raised deep in the
// fix code carry a message key and its values: their `message` (journal, logs) stays English, and the
// command shows them in the user's language through `localise`.
import { messages, type Messages } from '../i18n/messages.js';
import type { Lang } from '../engine/rule-types.js';
import { KnownError, type MessageVars } from '../errors.js';

export type { Messages };

export const fixMessages = (lang: Lang = 'en'): Messages => messages(lang, 'fix');

export type { MessageVars } from '../errors.js';

export class FixError extends KnownError {
  constructor(key: string, vars: MessageVars = {}) {
    super(key, vars, 'fix');
  }
}

/** An error as the user should read it: a FixError in their language, anything else as it came. */
export function localise(err: unknown, t: Messages): string {
  if (err instanceof FixError) return t(err.key, err.vars);
  return err instanceof Error ? err.message : String(err);
}
