/** A mistake in how the command was called: one line on standard error, exit status 2. */
export class UsageError extends Error {}
