// The help bot: listens in the watched channels and forum posts, and answers commands. It only presents
// what the engine finds; nothing from a chat is ever run on the host. Every handler is isolated, so one
// failing log (or one failing Discord call) never stops the bot.
import {
  Client, Events, GatewayIntentBits, MessageFlags, type APIEmbed, type ChatInputCommandInteraction, type ClientOptions, type Guild,
  type Interaction, type Message, type MessageContextMenuCommandInteraction, type MessageMentionOptions,
} from 'discord.js';
import type { Lang } from '../../src/engine/rule-types.js';
import { messages, type Messages } from '../../src/i18n/messages.js';
import { loadRuleSet } from '../../src/engine/load-rules.js';
import { viewRule } from '../../src/report/view.js';
import { InputError } from '../../src/input/decode.js';
import type { BotConfig } from './config.js';
import { BotError } from './errors.js';
import { findLogs, type AttachmentRef, type LogSource } from './ingest.js';
import { clipText, FetchError, readAttachment, type ReadLog } from './fetch-log.js';
import { shareFullReport } from './full-report.js';
import { createDiagnosePool, DiagnoseFailedError, DiagnoseTimeoutError, type DiagnosePool } from '../../src/service/diagnose-pool.js';
import { buildDiagnosisEmbeds, buildExplainEmbed, EMBED_LIMITS, truncate, type DiagnosedLog } from './embed.js';
import { NoticeGate, QueueFullError, RateLimiter, WorkQueue } from './limits.js';
import { COMMAND, CONTEXT_MENU_NAME } from './commands.js';
import { answerVersions } from './versions.js';

/** Replies never ping anyone, not even the author replied to, whatever the log contains. */
export const NO_PINGS: MessageMentionOptions = { parse: [], repliedUser: false };

export interface BotOptions {
  config: BotConfig;
  /** one-line log output (default: standard error) */
  log?: (line: string) => void;
  /** extra discord.js client options (tests: REST retries, timeouts) */
  clientOptions?: Partial<ClientOptions>;
  /** where logs are diagnosed (default: a pool of `limits.concurrency` worker threads, closed by stop()) */
  pool?: DiagnosePool;
}

interface DiagnosisBatch {
  /** the strings of the language the logs were diagnosed in */
  t: Messages;
  logs: DiagnosedLog[];
  /** per-log problems worth telling the user (unreadable, too slow) */
  notices: string[];
}

const formatBytes = (n: number): string => (n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

export function langFromLocale(locale: string | null | undefined): Lang | undefined {
  if (!locale) return undefined;
  return /^zh/i.test(locale) ? 'zh-CN' : /^en/i.test(locale) ? 'en' : undefined;
}

export class HelpBot {
  readonly client: Client;
  private readonly config: BotConfig;
  private readonly limiter: RateLimiter;
  private readonly notices: NoticeGate;
  private readonly queue: WorkQueue;
  private readonly log: (line: string) => void;
  private readonly pool: DiagnosePool;
  private online = false;
  private readonly ownsPool: boolean;

  constructor(opts: BotOptions) {
    this.config = opts.config;
    this.log = opts.log ?? ((line) => process.stderr.write(`${line}\n`));
    // patterns never run on this thread: a log that stalls a worker cannot stall the gateway heartbeats
    this.ownsPool = !opts.pool;
    this.pool = opts.pool ?? createDiagnosePool({ size: this.config.limits.concurrency, deadlineMs: this.config.limits.logTimeoutMs, queueLimit: this.config.limits.queueSize });
    this.limiter = new RateLimiter(this.config.limits);
    this.notices = new NoticeGate(this.config.limits.globalWindowMs);
    this.queue = new WorkQueue(this.config.limits.concurrency, this.config.limits.queueSize);
    this.client = new Client({
      // MessageContent is privileged: it must be switched on in the developer portal (docs/BOT.md)
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
      allowedMentions: NO_PINGS,
      ...opts.clientOptions,
      rest: { ...opts.clientOptions?.rest, api: this.config.apiBase },
    });
    this.client.on(Events.MessageCreate, (m) => this.guard(`message ${m.id}`, () => this.onMessage(m)));
    this.client.on(Events.InteractionCreate, (i) => this.guard(`interaction ${i.id}`, () => this.onInteraction(i)));
    this.client.on(Events.Error, (err) => this.log(`gpu-doctor bot: client error: ${err.message}`));
    // before READY, start() reports the failure itself, as one line: no second line from here
    this.client.on(Events.ShardError, (err, id) => { if (this.online) this.log(`gpu-doctor bot: shard ${id} error: ${err.message}`); });
  }

  /** Logs in and resolves once the gateway says READY; a rejected token is a one-line BotError. */
  async start(): Promise<void> {
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    // the workers load the rules while the bot logs in; a broken rule folder is a start-up error too
    const workers = this.pool.ready().then(() => null, (err: Error) => new BotError(err.message));
    try {
      await this.client.login(this.config.token);
    } catch (err) {
      await this.stop().catch(() => undefined);
      const e = err as { code?: string; status?: number; message?: string };
      if (e.code === 'TokenInvalid' || e.status === 401) throw new BotError('Discord rejected the bot token (401 Unauthorized): check DISCORD_TOKEN');
      // the gateway's close 4004, which discord.js reports by this message alone
      if (e.message === 'Authentication failed') throw new BotError('Discord rejected the bot token (gateway close 4004, Authentication failed): check DISCORD_TOKEN');
      throw new BotError(`cannot connect to Discord at ${this.config.apiBase}: ${e.message ?? String(err)}`);
    }
    await ready;
    this.online = true;
    const failed = await workers;
    if (failed) {
      await this.stop().catch(() => undefined);
      throw failed;
    }
    this.log(`gpu-doctor bot: logged in as ${this.client.user?.tag ?? '?'} in ${this.client.guilds.cache.size} guild(s)`);
  }

  async stop(): Promise<void> {
    await this.client.destroy();
    if (this.ownsPool) await this.pool.close();
  }

  /** Runs a handler so that whatever it throws is logged and the bot carries on. */
  private guard(what: string, run: () => Promise<void>): void {
    run().catch((err: unknown) => this.log(`gpu-doctor bot: ${what} failed: ${(err as Error)?.message ?? String(err)}`));
  }

  private langForGuild(guild: Guild | null): Lang {
    if (guild) {
      const override = this.config.guildLang[guild.id];
      if (override) return override;
      if (langFromLocale(guild.preferredLocale) === 'zh-CN') return 'zh-CN';
    }
    return this.config.defaultLang;
  }

  private isWatched(message: Message): boolean {
    const { channel } = message;
    if (this.config.channelIds.has(message.channelId)) return true;
    // forum posts (and threads) are watched when their parent forum / channel is
    return channel.isThread() && channel.parentId !== null && this.config.channelIds.has(channel.parentId);
  }

  private async onMessage(message: Message): Promise<void> {
    if (message.author.bot || message.system || message.webhookId || !message.inGuild()) return;
    if (!this.isWatched(message)) return;
    const sources = findLogs(message.content, attachmentRefs(message), this.config.limits.maxLogsPerMessage);
    if (sources.length === 0) return;
    const t = messages(this.langForGuild(message.guild));
    const refusal = this.refusal(message.author.id, t, true);
    if (refusal !== null) {
      if (refusal) await message.reply({ content: refusal, allowedMentions: NO_PINGS, failIfNotExists: false });
      return;
    }
    let batch: DiagnosisBatch;
    try {
      batch = await this.queue.run(() => this.diagnoseSources(sources, t, this.langForGuild(message.guild)));
    } catch (err) {
      if (!(err instanceof QueueFullError)) throw err;
      if (this.publicNotice('busy')) await message.reply({ content: t('bot.busy'), allowedMentions: NO_PINGS, failIfNotExists: false });
      return;
    }
    // unprompted: answer only what was recognised (or could not be read), never "nothing found"
    const recognised = batch.logs.filter((l) => l.views.length > 0);
    if (recognised.length === 0 && batch.notices.length === 0) return;
    await message.reply({ ...this.replyBody({ ...batch, logs: recognised }), allowedMentions: NO_PINGS, failIfNotExists: false });
  }

  /**
   * null when admitted; otherwise the message to send, or "" when this user was already told
   * (a flood gets one answer, not one per message).
   */
  private refusal(userId: string, t: Messages, quietRepeat: boolean): string | null {
    const a = this.limiter.admit(userId);
    if (a.ok) return null;
    if (quietRepeat && !a.firstRefusal) return '';
    // the global limit is hit by many users at once: in a channel, one notice per window for all of them
    if (quietRepeat && a.reason === 'global' && !this.publicNotice('global limit')) return '';
    const seconds = Math.ceil(a.retryAfterMs / 1000);
    return a.reason === 'user'
      ? t('bot.rateLimitedUser', { count: this.config.limits.perUserCount, window: Math.round(this.config.limits.perUserWindowMs / 1000), seconds })
      : t('bot.rateLimitedGlobal', { seconds });
  }

  /** Whether a flood notice may go to the channel now (one per window); the silence is logged. */
  private publicNotice(kind: string): boolean {
    const gate = this.notices.allow(kind);
    if (gate.log) this.log(`gpu-doctor bot: ${gate.log}`);
    return gate.post;
  }

  private replyBody(batch: DiagnosisBatch): { embeds: APIEmbed[]; content?: string } {
    const embeds = buildDiagnosisEmbeds(batch.logs, batch.t);
    const content = batch.notices.length ? truncate(batch.notices.join('\n'), EMBED_LIMITS.content) : undefined;
    return { embeds, ...(content ? { content } : {}) };
  }

  private async readSource(source: LogSource, signal: AbortSignal): Promise<ReadLog> {
    if (source.kind === 'text') return clipText(source.text, this.config.limits);
    return readAttachment(source.attachment, this.config.limits, this.config.attachmentOrigins, signal);
  }

  /** Reads and diagnoses each log under the per-log time limit. */
  private async diagnoseSources(sources: LogSource[], t: Messages, lang: Lang): Promise<DiagnosisBatch> {
    const batch: DiagnosisBatch = { t, logs: [], notices: [] };
    const limitMs = this.config.limits.logTimeoutMs;
    for (const source of sources) {
      const signal = AbortSignal.timeout(limitMs);
      try {
        const read = await this.readSource(source, signal);
        // findings come back redacted: they are quoted into a public channel; with a web server to link
        // to, the whole log is redacted (in the worker) and shared there as the full report
        const publicUrl = this.config.publicUrl;
        const report = await this.pool.diagnose(read.text, { lang, label: source.name, redact: true, signal, ...(publicUrl ? { redactLog: true } : {}) });
        const { findings: views, lines } = report;
        const link = publicUrl && report.log ? await shareFullReport(publicUrl, report.log, lang, this.log) : null;
        const note = read.partial
          ? t('bot.partialRead', { total: formatBytes(read.partial.totalBytes), head: formatBytes(read.partial.headBytes), tail: formatBytes(read.partial.tailBytes) })
          : undefined;
        batch.logs.push({ name: source.name, views, lines, ...(note ? { note } : {}), ...(link ? { link } : {}) });
      } catch (err) {
        if (err instanceof DiagnoseTimeoutError || (err as Error)?.name === 'TimeoutError' || signal.aborted) {
          batch.notices.push(t('bot.timeout', { name: source.name, seconds: Number((limitMs / 1000).toFixed(1)) }));
        } else if (err instanceof FetchError || err instanceof InputError || err instanceof DiagnoseFailedError) {
          batch.notices.push(t('bot.unreadable', { name: source.name, reason: err.message }));
        } else {
          throw err;
        }
      }
    }
    return batch;
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) {
      if (interaction.commandName === COMMAND.diagnose) return this.withFailureReply(interaction, () => this.onDiagnoseCommand(interaction));
      if (interaction.commandName === COMMAND.versions) return this.onVersions(interaction);
      if (interaction.commandName === COMMAND.explain) return this.onExplain(interaction);
    }
    if (interaction.isMessageContextMenuCommand() && interaction.commandName === CONTEXT_MENU_NAME) {
      return this.withFailureReply(interaction, () => this.onContextMenu(interaction));
    }
  }

  private interactionLang(interaction: Interaction): Lang {
    return langFromLocale(interaction.locale) ?? this.langForGuild(interaction.guild);
  }

  /** A deferred command that fails still gets an answer, so the user is not left with "thinking…". */
  private async withFailureReply(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (err) {
      const content = messages(this.interactionLang(interaction))('bot.failed');
      if (interaction.deferred || interaction.replied) await interaction.editReply({ content, embeds: [], allowedMentions: NO_PINGS }).catch(() => undefined);
      else await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS }).catch(() => undefined);
      throw err;
    }
  }

  /** Rate limit, defer (the 3-second rule), queue, diagnose, edit the answer in. */
  private async answerDeferred(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, sources: LogSource[]): Promise<void> {
    const lang = this.interactionLang(interaction);
    const t = messages(lang);
    const refusal = this.refusal(interaction.user.id, t, false);
    if (refusal) {
      await interaction.reply({ content: refusal, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    await interaction.deferReply();
    let batch: DiagnosisBatch;
    try {
      batch = await this.queue.run(() => this.diagnoseSources(sources, t, lang));
    } catch (err) {
      if (!(err instanceof QueueFullError)) throw err;
      await interaction.editReply({ content: t('bot.busy'), allowedMentions: NO_PINGS });
      return;
    }
    // asked for explicitly: "nothing recognised" is an answer here
    await interaction.editReply({ ...this.replyBody(batch), allowedMentions: NO_PINGS });
  }

  private async onDiagnoseCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const file = interaction.options.getAttachment('file');
    const text = interaction.options.getString('text');
    const sources: LogSource[] = [];
    if (file) sources.push({ kind: 'attachment', name: file.name, attachment: { name: file.name, url: file.url, size: file.size, contentType: file.contentType } });
    if (text?.trim()) sources.push({ kind: 'text', name: 'text', text });
    if (sources.length === 0) {
      await interaction.reply({ content: messages(this.interactionLang(interaction))('bot.noLog'), flags: MessageFlags.Ephemeral });
      return;
    }
    await this.answerDeferred(interaction, sources);
  }

  private async onContextMenu(interaction: MessageContextMenuCommandInteraction): Promise<void> {
    const target = interaction.targetMessage;
    const sources = findLogs(target.content, attachmentRefs(target), this.config.limits.maxLogsPerMessage);
    // a helper pointing at a message means "this is a log": plain text without a code block counts too
    if (sources.length === 0 && target.content.trim().length > 0) sources.push({ kind: 'text', name: 'message', text: target.content });
    if (sources.length === 0) {
      await interaction.reply({ content: messages(this.interactionLang(interaction))('bot.noLogInMessage'), flags: MessageFlags.Ephemeral });
      return;
    }
    await this.answerDeferred(interaction, sources);
  }

  private async onVersions(interaction: ChatInputCommandInteraction): Promise<void> {
    const t = messages(this.interactionLang(interaction));
    const get = (name: string): string | undefined => interaction.options.getString(name) ?? undefined;
    const os = get('os');
    const embed = answerVersions({
      torch: get('torch'), tensorflow: get('tensorflow'), cuda: get('cuda'), driver: get('driver'), gpu: get('gpu'), python: get('python'),
      ...(os === 'linux' || os === 'windows' || os === 'wsl' ? { os } : {}),
    }, t);
    if (!embed) await interaction.reply({ content: t('bot.versions.ask'), flags: MessageFlags.Ephemeral });
    else await interaction.reply({ embeds: [embed], allowedMentions: NO_PINGS });
  }

  private async onExplain(interaction: ChatInputCommandInteraction): Promise<void> {
    const lang = this.interactionLang(interaction);
    const t = messages(lang);
    const id = interaction.options.getString('id', true).trim();
    const rule = loadRuleSet().rules.find((r) => r.id === id);
    if (!rule) {
      await interaction.reply({ content: t('bot.explainUnknown', { id: truncate(id.replace(/`/g, ''), 100) }), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    const view = viewRule(rule, lang);
    await interaction.reply({ embeds: [buildExplainEmbed(view, t)], allowedMentions: NO_PINGS });
  }
}

function attachmentRefs(message: Message): AttachmentRef[] {
  return [...message.attachments.values()].map((a) => ({ name: a.name, url: a.url, size: a.size, contentType: a.contentType }));
}
