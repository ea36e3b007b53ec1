// `gpu-doctor github --event FILE [--dry-run]`: the GitHub Action's triage as a command, for other CI
// systems and for trying it on a saved event. GITHUB_TOKEN, GITHUB_API_URL and GITHUB_REPOSITORY come from
// the environment, as in Actions.
import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

export const GITHUB_HELP = `Usage: gpu-doctor github --event FILE [--dry-run] [--lang auto|en|zh-CN] [--min-severity error|warning|info]
                          [--labels LIST] [--skip-label NAME] [--needs-logs-label NAME]

Diagnoses the issue of a GitHub issues / issue_comment event (a webhook payload, or the file
GITHUB_EVENT_PATH names in Actions) and posts or updates one comment with the root cause (see docs/GITHUB.md).
Reads GITHUB_TOKEN, GITHUB_API_URL (default https://api.github.com), GITHUB_REPOSITORY (owner/name; default
from the event) and GITHUB_EVENT_NAME. --dry-run prints the comment instead and needs no token.`;

export async function githubCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      event: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      lang: { type: 'string' },
      'min-severity': { type: 'string' },
      labels: { type: 'string' },
      'skip-label': { type: 'string' },
      'needs-logs-label': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { process.stdout.write(GITHUB_HELP + '\n'); return 0; }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (the event file goes after --event)`);
  if (!values.event) throw new UsageError('github needs --event FILE (a saved issues or issue_comment event payload)');
  const { runOnEvent } = await import('../../adapters/github/run.js');
  await runOnEvent(values.event, {
    language: values.lang,
    minSeverity: values['min-severity'],
    labels: values.labels,
    skipLabel: values['skip-label'],
    needsLogsLabel: values['needs-logs-label'],
    dryRun: values['dry-run'],
  }, process.env, {
    out: (text) => process.stdout.write(`${text}\n`),
    log: (line) => process.stderr.write(`gpu-doctor: ${line}\n`),
  });
  return 0;
}
