// The bot's configuration: environment variables (fixed names in CONTRACT.md), optionally overlaid on a
// JSON config file. Everything is validated here so a mistake is one clear line at start-up.
import { readFileSync } from 'node:fs';
import { parseLang, type Lang } from '../../src/i18n/lang.js';
import { BotError } from './errors.js';

export interface BotLimits {
  /** attachments larger than this are read only in part (head + tail) */
  maxAttachmentBytes: number;
  headBytes: number;
  tailBytes: number;
  /** code blocks / pasted text longer than this are cut (head + tail) the same way */
  maxTextChars: number;
  /** logs diagnosed per message (one embed each) */
  maxLogsPerMessage: number;
  perUserCount: number;
  perUserWindowMs: number;
  globalCount: number;
  globalWindowMs: number;
  /** logs waiting for a worker; beyond this new work is refused with a "busy" reply */
  queueSize: number;
  concurrency: number;
  /** per-log time limit for download + diagnosis */
  logTimeoutMs: number;
}

export interface BotConfig {
  token: string;
  /** REST base handed to discord.js (`rest.api`) */
  apiBase: string;
  /** channels and forums whose plain messages are diagnosed */
  channelIds: Set<string>;
  defaultLang: Lang;
  /** per-guild language override (guild id → language) */
  guildLang: Record<string, Lang>;
  /** origins attachments may be fetched from: Discord's CDN over https on its default port, plus the API's own origin for a self-hosted / fake API */
  attachmentOrigins: Set<string>;
  guildId?: string;
  shards?: number;
  /** GPU_DOCTOR_PUBLIC_URL: a `gpu-doctor serve` the replies link a full report on */
  publicUrl?: string;
  limits: BotLimits;
}

export const DEFAULT_LIMITS: BotLimits = {
  maxAttachmentBytes: 2 << 20,
  headBytes: 512 << 10,
  tailBytes: 512 << 10,
  maxTextChars: 1 << 20,
  maxLogsPerMessage: 4,
  perUserCount: 4,
  perUserWindowMs: 60_000,
  globalCount: 120,
  globalWindowMs: 60_000,
  queueSize: 64,
  concurrency: 2,
  logTimeoutMs: 10_000,
};

export const DEFAULT_API_BASE = 'https://discord.com/api';
const CDN_ORIGINS = ['https://cdn.discordapp.com', 'https://media.discordapp.net'];

interface FileConfig {
  channelIds?: string[];
  lang?: string;
  guildLang?: Record<string, string>;
  guildId?: string;
  shards?: number;
  limits?: Partial<BotLimits>;
}

const SNOWFLAKE = /^\d{5,20}$/;

function configLang(value: string, where: string): Lang {
  const lang = parseLang(value);
  if (lang) return lang;
  throw new BotError(`${where}: unknown language "${value}" (use en or zh-CN)`);
}

function parseIds(list: string[], where: string): string[] {
  const ids = list.map((s) => s.trim()).filter(Boolean);
  for (const id of ids) if (!SNOWFLAKE.test(id)) throw new BotError(`${where}: "${id}" is not a Discord id`);
  return ids;
}

function readConfigFile(path: string): FileConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new BotError(`cannot read bot config ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('expected a JSON object');
    return parsed as FileConfig;
  } catch (err) {
    throw new BotError(`bot config ${path} is not valid: ${(err as Error).message}`);
  }
}

function checkLimits(limits: BotLimits, where: string): BotLimits {
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) throw new BotError(`${where}: limits.${key} must be a positive integer`);
  }
  if (limits.headBytes + limits.tailBytes > limits.maxAttachmentBytes) {
    throw new BotError(`${where}: limits.headBytes + limits.tailBytes must not exceed limits.maxAttachmentBytes`);
  }
  return limits;
}

/**
 * Reads the configuration. `requireToken` is false only for commands that need no login.
 * Environment wins over the file for the variables CONTRACT.md names.
 */
export function loadBotConfig(env: NodeJS.ProcessEnv = process.env, file?: string, requireToken = true): BotConfig {
  const path = file ?? env.GPU_DOCTOR_BOT_CONFIG;
  const fromFile: FileConfig = path ? readConfigFile(path) : {};
  const where = path ?? 'environment';

  const token = (env.DISCORD_TOKEN ?? '').trim();
  if (requireToken && !token) throw new BotError('DISCORD_TOKEN is not set (the bot token from the Discord developer portal)');

  const apiBase = (env.DISCORD_API_BASE ?? DEFAULT_API_BASE).replace(/\/+$/, '');
  let api: URL;
  try {
    api = new URL(apiBase);
  } catch {
    throw new BotError(`DISCORD_API_BASE is not a URL: ${apiBase}`);
  }

  const channelIds = env.DISCORD_CHANNEL_IDS !== undefined
    ? parseIds(env.DISCORD_CHANNEL_IDS.split(','), 'DISCORD_CHANNEL_IDS')
    : parseIds(fromFile.channelIds ?? [], `${where}: channelIds`);
  const langRaw = env.GPU_DOCTOR_BOT_LANG ?? fromFile.lang;
  const guildLang: Record<string, Lang> = {};
  for (const [id, lang] of Object.entries(fromFile.guildLang ?? {})) guildLang[id] = configLang(lang, `${where}: guildLang.${id}`);

  const shardsRaw = env.DISCORD_SHARDS ?? fromFile.shards;
  const shards = shardsRaw === undefined ? undefined : Number(shardsRaw);
  if (shards !== undefined && (!Number.isInteger(shards) || shards < 1)) throw new BotError(`shard count must be a positive integer, got "${shardsRaw}"`);

  const guildId = env.DISCORD_GUILD_ID ?? fromFile.guildId;
  if (guildId !== undefined) parseIds([guildId], 'DISCORD_GUILD_ID');

  const publicUrl = env.GPU_DOCTOR_PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined;
  if (publicUrl !== undefined && !/^https?:\/\//.test(publicUrl)) throw new BotError(`GPU_DOCTOR_PUBLIC_URL is not an http(s) address: ${publicUrl}`);

  return {
    token,
    apiBase,
    channelIds: new Set(channelIds),
    defaultLang: langRaw ? configLang(langRaw, 'GPU_DOCTOR_BOT_LANG') : 'en',
    guildLang,
    attachmentOrigins: new Set(api.hostname === 'discord.com' ? CDN_ORIGINS : [...CDN_ORIGINS, api.origin]),
    ...(guildId ? { guildId } : {}),
    ...(shards ? { shards } : {}),
    ...(publicUrl ? { publicUrl } : {}),
    limits: checkLimits({ ...DEFAULT_LIMITS, ...(fromFile.limits ?? {}) }, where),
  };
}
