// Everything `gpu-doctor serve` can be told, with the defaults a public instance can live with.
import { join } from 'node:path';
import { homedir } from 'node:os';

export interface ServeOptions {
  host: string;
  port: number;
  /** folder of the embedded share store */
  dataDir: string;
  /** redis://host:port — shares and rate-limit counters in Redis instead of files and memory */
  store?: string;
  /** the address people reach the server at (share links); default: from the request's Host */
  publicUrl?: string;
  /** trust X-Forwarded-For / -Proto from a reverse proxy in front */
  trustProxy: boolean;
  maxBodyBytes: number;
  /** requests per client per minute (0: no limit) */
  rateLimitPerMinute: number;
  shareTtlMs: number;
  maxStoreBytes: number;
  /** diagnoses at once (worker threads) */
  workers: number;
  /** diagnoses waiting for a worker before new ones get 503 */
  queueSize: number;
  /** time limit of one diagnosis */
  deadlineMs: number;
}

const MB = 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

export function defaultOptions(env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const home = env.GPU_DOCTOR_HOME || join(homedir(), '.gpu-doctor');
  return {
    host: '127.0.0.1',
    port: 8080,
    dataDir: join(home, 'serve'),
    ...(env.GPU_DOCTOR_PUBLIC_URL ? { publicUrl: env.GPU_DOCTOR_PUBLIC_URL } : {}),
    trustProxy: false,
    maxBodyBytes: 10 * MB,
    rateLimitPerMinute: 120,
    shareTtlMs: 30 * DAY_MS,
    maxStoreBytes: 1024 * MB,
    workers: 2,
    queueSize: 64,
    deadlineMs: 10_000,
  };
}

export const UNITS = { MB, DAY_MS };
