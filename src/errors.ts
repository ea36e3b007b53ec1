// The one base class of expected failures (bad usage, unreadable input, a broken rule file, a busy journal):
// the command line prints their message as one line and exits with status 2, never a stack trace.
// A message may be a key of locales/<section>/<lang>.json, so the same error reads in the user's language.
import { messages } from './i18n/messages.js';
import type { Lang } from './i18n/lang.js';

export type MessageVars = Record<string, string | number>;

export class KnownError extends Error {
  /** `key` is looked up in locales/<section>/; text that is no key there is the message itself. */
  constructor(readonly key: string, readonly vars: MessageVars = {}, readonly section = 'cli') {
    super(messages('en', section)(key, vars));
  }

  /** The message in the user's language. */
  localised(lang: Lang): string {
    return messages(lang, this.section)(this.key, this.vars);
  }
}

/** A mistake in how the command was called. */
export class UsageError extends KnownError {}
