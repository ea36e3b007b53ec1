// The application commands the bot registers: /diagnose, /versions, /explain and the message
// context-menu command. Descriptions come from locales/ (bot.cmd.*), with zh-CN localisations.
import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { messages } from '../../src/i18n/messages.js';

export const COMMAND = {
  diagnose: 'diagnose',
  versions: 'versions',
  explain: 'explain',
} as const;

const en = messages('en');
const zh = messages('zh-CN');

/** The context-menu command's name is what users see and what interactions carry back. */
export const CONTEXT_MENU_NAME = en('bot.cmd.contextMenu');

const describe = (key: string): { description: string; description_localizations: Record<string, string> } => ({
  description: en(key).slice(0, 100),
  description_localizations: { 'zh-CN': zh(key).slice(0, 100) },
});

export function commandDefinitions(): RESTPostAPIApplicationCommandsJSONBody[] {
  const versionOption = (name: string) => ({ type: ApplicationCommandOptionType.String as const, name, ...describe(`bot.cmd.versions.${name}`), required: false, max_length: 100 });
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: COMMAND.diagnose,
      ...describe('bot.cmd.diagnose'),
      options: [
        { type: ApplicationCommandOptionType.Attachment, name: 'file', ...describe('bot.cmd.diagnose.file'), required: false },
        { type: ApplicationCommandOptionType.String, name: 'text', ...describe('bot.cmd.diagnose.text'), required: false, max_length: 6000 },
      ],
    },
    {
      type: ApplicationCommandType.ChatInput,
      name: COMMAND.versions,
      ...describe('bot.cmd.versions'),
      options: [
        ...['torch', 'tensorflow', 'cuda', 'driver', 'gpu', 'python'].map(versionOption),
        { ...versionOption('os'), choices: ['linux', 'windows', 'wsl'].map((v) => ({ name: v, value: v })) },
      ],
    },
    {
      type: ApplicationCommandType.ChatInput,
      name: COMMAND.explain,
      ...describe('bot.cmd.explain'),
      options: [{ type: ApplicationCommandOptionType.String, name: 'id', ...describe('bot.cmd.explain.id'), required: true, max_length: 100 }],
    },
    {
      type: ApplicationCommandType.Message,
      name: CONTEXT_MENU_NAME,
      name_localizations: { 'zh-CN': zh('bot.cmd.contextMenu') },
    },
  ];
}
