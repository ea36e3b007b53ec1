// The GitHub Action's entry (bundled into dist-action/index.js): inputs come as INPUT_<NAME> variables,
// the event as the file GITHUB_EVENT_PATH names. A known failure is one ::error:: line and a failed step.
import { runOnEvent } from './run.js';
import { GitHubInputError } from './errors.js';
import { KnownError } from '../../src/errors.js';

/** Actions passes input "skip-label" as INPUT_SKIP-LABEL (upper-cased, spaces to underscores, hyphens kept). */
const input = (name: string): string | undefined => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];

/** Workflow commands take %, CR and LF escaped. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

async function main(): Promise<void> {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (!eventPath) throw new GitHubInputError('error.noEventPath');
  const token = input('github-token') || process.env.GITHUB_TOKEN;
  await runOnEvent(eventPath, {
    language: input('language'),
    minSeverity: input('min-severity'),
    labels: input('labels'),
    skipLabel: input('skip-label'),
    needsLogsLabel: input('needs-logs-label'),
    dryRun: input('dry-run'),
  }, { ...process.env, GITHUB_TOKEN: token }, {
    out: (text) => process.stdout.write(`${text}\n`),
    log: (line) => process.stdout.write(`gpu-doctor: ${line}\n`),
  });
}

main().catch((err: unknown) => {
  const known = err instanceof KnownError;
  const message = err instanceof Error ? err.message : String(err);
  process.stdout.write(`::error::${escapeData(`gpu-doctor: ${known ? message : `internal error: ${message}`}`)}\n`);
  process.exitCode = 1;
});
