// A bot set-up problem the user can fix (missing or rejected token, bad config): one line, exit status 2.
import { UsageError } from '../../src/errors.js';

export class BotError extends UsageError {}
