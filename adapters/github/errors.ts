// The GitHub adapter's expected failures: KnownErrors (src/errors.ts) whose messages live in
// locales/github/. Each is one line meant for a maintainer reading the job log; the command line prints it
// with exit status 2, the action marks the step failed with it.
import { KnownError, type MessageVars } from '../../src/errors.js';

/** A bad event file, input or environment variable. */
export class GitHubInputError extends KnownError {
  constructor(key: string, vars: MessageVars = {}) {
    super(key, vars, 'github');
  }
}

/** GitHub refused a call (401 / 403 / 404): the message names the permission or setting that is missing. */
export class GitHubPermissionError extends KnownError {
  constructor(key: string, vars: MessageVars = {}) {
    super(key, vars, 'github');
  }
}
