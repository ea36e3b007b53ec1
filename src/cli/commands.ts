// The table of gpu-doctor's commands: the name, how to load it and (in locales/cli/*.json, key
// "command.<name>") its one-line summary for the help. To add a command, add a row here and its two summaries.
export type Command = (argv: string[]) => Promise<number>;

export interface CommandEntry {
  name: string;
  /** arguments shown in the help after the name */
  args?: string;
  load: () => Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  { name: 'diagnose', args: '[FILE|-]', load: async () => (await import('./diagnose-command.js')).diagnoseCommand },
  { name: 'scan', load: async () => (await import('./scan-command.js')).scanCommand },
  { name: 'plan', load: async () => (await import('./plan-command.js')).planCommand },
  { name: 'fix', load: async () => (await import('./fix-command.js')).fixCommand },
  { name: 'undo', args: '[N]', load: async () => (await import('./undo-command.js')).undoCommand },
  { name: 'explain', args: '[ID]', load: async () => (await import('./explain-command.js')).explainCommand },
  { name: 'bot', load: async () => (await import('./bot-command.js')).botCommand },
  { name: 'serve', load: async () => (await import('./serve-command.js')).serveCommand },
  { name: 'github', load: async () => (await import('./github-command.js')).githubCommand },
];
