// The GitHub adapter's expected failures. Each message is one line meant for a maintainer reading the job
// log; the command line prints it with exit status 2, the action marks the step failed with it.

/** A bad event file, input or environment variable. */
export class GitHubInputError extends Error {}

/** GitHub refused a call (401 / 403 / 404): the message names the permission or setting that is missing. */
export class GitHubPermissionError extends Error {}
