import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer: a status (with headers, body, delay) or a connection reset. */
export type Reply =
  | { status: number; headers?: Record<string, string>; body?: string; delayMs?: number }
  | { reset: true; delayMs?: number };

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Date.now() when the body was complete. */
  at: number;
  /** What was answered (`reset` for a dropped connection). */
  answer: number | 'reset';
}

export interface ReceiverOptions {
  /** Answer when nothing else applies; 200 by default. */
  fallback?: Reply;
  /** Decides per request before the script queue; return undefined to fall through. */
  rule?: (request: ReceivedRequest, index: number) => Reply | undefined;
}

export interface ReceiverSim {
  url: string;
  requests: ReceivedRequest[];
  /** Queues replies for the next requests, in order. */
  script(...replies: Reply[]): void;
  /** The first `n` requests answer `status`. */
  failFirst(n: number, status: number, headers?: Record<string, string>): void;
  setFallback(reply: Reply): void;
  setRule(rule: ReceiverOptions['rule']): void;
  /** Accepted (2xx) events de-duplicated on (source, id), or api-meter records on source_event_id. */
  uniqueEvents(): Map<string, unknown>;
  /** Accepted events that had been accepted before (what a non-idempotent consumer would double count). */
  duplicates(): number;
  close(): Promise<void>;
}

function keysOf(body: Buffer): { key: string; value: unknown }[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return [];
  }
  if (Array.isArray(parsed)) {
    return parsed.map((e: { source?: string; id?: string }) => ({
      key: `${e.source ?? ''} ${e.id ?? ''}`,
      value: e,
    }));
  }
  const records =
    (parsed as { records?: { metadata?: { source_event_id?: string } }[] }).records ?? [];
  return records.map((r) => ({ key: r.metadata?.source_event_id ?? '', value: r }));
}

/** A metering API stand-in on 127.0.0.1:0 that records every request and answers as scripted. */
export async function startReceiverSim(options: ReceiverOptions = {}): Promise<ReceiverSim> {
  const requests: ReceivedRequest[] = [];
  const queue: Reply[] = [];
  const unique = new Map<string, unknown>();
  let dupes = 0;
  let fallback: Reply = options.fallback ?? { status: 200 };
  let rule = options.rule;

  const send = (res: ServerResponse, reply: Reply, request: ReceivedRequest): void => {
    if ('reset' in reply) {
      request.answer = 'reset';
      res.socket?.destroy();
      return;
    }
    request.answer = reply.status;
    if (reply.status >= 200 && reply.status < 300) {
      for (const { key, value } of keysOf(request.body)) {
        if (unique.has(key)) dupes += 1;
        unique.set(key, value);
      }
    }
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(reply.body ?? JSON.stringify({ status: reply.status }));
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: ReceivedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
        at: Date.now(),
        answer: 0,
      };
      const index = requests.length;
      requests.push(request);
      const reply = rule?.(request, index) ?? queue.shift() ?? fallback;
      const delay = reply.delayMs ?? 0;
      if (delay > 0) {
        const timer = setTimeout(() => {
          send(res, reply, request);
        }, delay);
        res.on('close', () => {
          clearTimeout(timer);
        });
      } else send(res, reply, request);
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/events`,
    requests,
    script: (...replies) => queue.push(...replies),
    failFirst: (n, status, headers) => {
      for (let i = 0; i < n; i += 1) queue.push(headers ? { status, headers } : { status });
    },
    setFallback: (reply) => {
      fallback = reply;
    },
    setRule: (next) => {
      rule = next;
    },
    uniqueEvents: () => new Map(unique),
    duplicates: () => dupes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
