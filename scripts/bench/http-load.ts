// The serve bench's load generator: C keep-alive connections on raw sockets, each sending its next request
// when the answer to the last one is in (a closed loop, like people waiting for their answers). It runs on
// the same 2 cores as the server, so it is kept lean: each request is written as prepared bytes and only the
// status line and Content-Length of the answer are read (node:http's client took about twice its CPU per
// request, 0.14 against 0.06 ms at 4,000 req/s, which the server would lose). Its own CPU time per request
// is measured and reported. An answer's Server-Timing header, when it has one, is kept as it came (the serve
// bench splits latency with it).
// A helper module of the benchmarks (no run()).
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  n: number;
  seconds: number;
  /** milliseconds from the first byte written to the last byte of the answer, sorted */
  latencies: number[];
  statuses: Map<number, number>;
  /** each answer in the order they came: its latency and its Server-Timing header (undefined without one) */
  answers: Array<{ ms: number; serverTiming: string | undefined }>;
  /** CPU milliseconds (user + system) this process used while the load ran: the load generator's own cost */
  clientCpuMs: number;
}

/** The next request: head and body as buffers, written together. */
export type NextRequest = () => Buffer[];

const HEAD_END = Buffer.from('\r\n\r\n');

interface Answer {
  status: number;
  serverTiming: string | undefined;
}

const tagOf = (n: number): Buffer => Buffer.from(`gpu-doctor bench paste ${String(n).padStart(10, '0')}\n`);
/** bytes the serial-number line adds to each log */
export const TAG_BYTES = tagOf(0).length;

/**
 * POSTs of `body` whose log differs in its first line from every other request these make (a serial number
 * of fixed width), so no two are the same paste and no answer cache could serve one.
 */
export function distinctPosts(url: URL, path: string, body: Buffer): NextRequest {
  let serial = 0;
  const head = Buffer.from(`POST ${path} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: text/plain\r\nContent-Length: ${tagOf(0).length + body.length}\r\n\r\n`);
  return () => [head, tagOf(serial++), body];
}

/** Reads answers off one keep-alive connection: resolves each with its status once its body is complete. */
class Connection {
  private buffered: Buffer = Buffer.alloc(0);
  private waiting: { resolve(answer: Answer): void; reject(err: Error): void } | null = null;
  private status = 0;
  private serverTiming: string | undefined;
  /** body bytes still to come of the current answer (-1: its head is not complete yet) */
  private bodyLeft = -1;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (err) => this.fail(err));
    socket.on('close', () => this.fail(new Error('the server closed the connection')));
  }

  static open(url: URL): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: url.hostname, port: Number(url.port) }, () => resolve(new Connection(socket)));
      socket.once('error', reject);
    });
  }

  send(parts: Buffer[]): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.bodyLeft = -1;
      this.socket.cork();
      for (const p of parts) this.socket.write(p);
      this.socket.uncork();
    });
  }

  close(): void {
    this.socket.removeAllListeners('close');
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.bodyLeft < 0) {
      this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
      const end = this.buffered.indexOf(HEAD_END);
      if (end < 0) return;
      const head = this.buffered.subarray(0, end).toString('latin1');
      this.status = Number(head.slice(9, 12));
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      if (!length) { this.fail(new Error(`bench: an answer without Content-Length (${head.split('\r\n')[0]})`)); return; }
      this.serverTiming = /\r\nserver-timing:\s*([^\r]*)/i.exec(head)?.[1];
      this.bodyLeft = Number(length[1]) - (this.buffered.length - end - HEAD_END.length);
      this.buffered = Buffer.alloc(0);
    } else {
      this.bodyLeft -= chunk.length;
    }
    if (this.bodyLeft <= 0) {
      const w = this.waiting;
      this.waiting = null;
      w?.resolve({ status: this.status, serverTiming: this.serverTiming });
    }
  }

  private fail(err: Error): void {
    const w = this.waiting;
    this.waiting = null;
    w?.reject(err);
  }
}

/** `total` requests over `c` connections, each sending its next one when its answer is in. */
export async function load(url: URL, next: NextRequest, c: number, total: number, onProgress?: (done: number) => void): Promise<LoadResult> {
  const connections = await Promise.all(Array.from({ length: c }, () => Connection.open(url)));
  const latencies: number[] = [];
  const answers: LoadResult['answers'] = [];
  const statuses = new Map<number, number>();
  let sent = 0;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const client = async (conn: Connection): Promise<void> => {
    while (sent < total) {
      sent++;
      const parts = next();
      const t = performance.now();
      const { status, serverTiming } = await conn.send(parts);
      const ms = performance.now() - t;
      latencies.push(ms);
      answers.push({ ms, serverTiming });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      onProgress?.(latencies.length);
    }
  };
  try {
    await Promise.all(connections.map(client));
  } finally {
    for (const conn of connections) conn.close();
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { n: total, seconds, latencies: latencies.sort((a, b) => a - b), statuses, answers, clientCpuMs: (cpu.user + cpu.system) / 1000 };
}
