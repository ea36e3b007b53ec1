// `gpu-doctor github --event FILE [--dry-run]`: the GitHub Action's triage as a command, for other CI
// systems and for trying it on a saved event. GITHUB_TOKEN, GITHUB_API_URL and GITHUB_REPOSITORY come from
// the environment, as in Actions. --language is the comment's (auto allowed); --lang stays the CLI's own.
import { UsageError } from '../errors.js';
import { packagePath } from '../package-root.js';
import { messages } from '../i18n/messages.js';
import { parseCommand } from './options.js';

export async function githubCommand(argv: string[]): Promise<number> {
  const { values, settings } = parseCommand(argv, {
    options: {
      event: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      language: { type: 'string' },
      'min-severity': { type: 'string' },
      labels: { type: 'string' },
      'skip-label': { type: 'string' },
      'needs-logs-label': { type: 'string' },
    },
    formats: [],
  });
  if (values.help) { process.stdout.write(messages(settings.lang, 'cli')('github.help', { docs: packagePath('docs', 'GITHUB.md') }) + '\n'); return 0; }
  if (!values.event) throw new UsageError('error.noEvent', {}, 'github');
  // loaded only here: Octokit is not needed by the other commands
  const { runOnEvent } = await import('../../adapters/github/run.js');
  await runOnEvent(values.event, {
    language: values.language,
    minSeverity: values['min-severity'],
    labels: values.labels,
    skipLabel: values['skip-label'],
    needsLogsLabel: values['needs-logs-label'],
    dryRun: values['dry-run'],
  }, process.env, {
    out: (text) => process.stdout.write(`${text}\n`),
    log: (line) => { if (settings.detail !== 'quiet') process.stderr.write(`gpu-doctor: ${line}\n`); },
  });
  return 0;
}
