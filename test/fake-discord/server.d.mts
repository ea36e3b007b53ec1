// Types for server.mjs (the fake Discord used by tests and the bench).
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: any;
  status: number;
  range?: string;
  at: number;
}
export interface FakeAttachment { id: string; filename: string; size: number; url: string; proxy_url: string; content_type: string }
export interface FakeUser { id: string; username: string; discriminator: string; global_name: string | null; avatar: null }
export interface FakeGuild { id: string; name: string; preferred_locale: string; channels: Array<Record<string, unknown>>; threads: Array<Record<string, unknown>> }
export declare function snowflake(): string;
export declare function shardOf(guildId: string, count: number): number;
export declare class FakeDiscord {
  constructor(opts?: { token?: string; applicationId?: string; honourRange?: boolean });
  token: string;
  applicationId: string;
  honourRange: boolean;
  attachmentDelayMs: number;
  /** the gateway closes every IDENTIFY with 4004 while REST still takes the token */
  rejectIdentify: boolean;
  requests: RecordedRequest[];
  shardsSeen: Array<[number, number]>;
  readonly port: number;
  readonly api: string;
  start(): Promise<this>;
  stop(): Promise<void>;
  addGuild(g?: { id?: string; name?: string; locale?: string; channels?: Array<Record<string, unknown>>; threads?: Array<Record<string, unknown>> }): FakeGuild;
  addAttachment(filename: string, bytes: Buffer | string, contentType?: string): FakeAttachment;
  addRedirect(filename: string, location: string): FakeAttachment;
  addBrokenAttachment(filename: string, bytes: Buffer | string): FakeAttachment;
  failNext(method: string, pathRe: RegExp, status: number, times?: number, body?: unknown): void;
  dispatch(t: string, d: unknown, guildId?: string): void;
  waitForShards(count: number, timeoutMs?: number): Promise<void>;
  user(id?: string, username?: string): FakeUser;
  postMessage(m: { guildId: string; channelId: string; content?: string; author?: FakeUser; attachments?: FakeAttachment[] }): { id: string; [k: string]: unknown };
  messageObject(fields: Record<string, unknown>): { id: string; [k: string]: unknown };
  interact(i: { guildId: string; channelId: string; data: Record<string, unknown>; user?: FakeUser; locale?: string }): { id: string; token: string };
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
}
