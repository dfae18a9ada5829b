import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback Bot Connector for the benchmark: answers like the real one and keeps each conversation's new replies. */
export interface BenchConnector {
  readonly url: string;
  /** Takes (and forgets) the replies a conversation received since the last call; bodies parsed only when `parse`. */
  readonly take: (conversationId: string) => BenchReply[];
  /** How many calls the bot has made to this connector so far. */
  readonly calls: () => number;
  readonly close: () => Promise<void>;
}

export interface BenchReply {
  readonly method: string;
  readonly body?: Record<string, unknown>;
}

const PATH = /^\/v3\/conversations\/([^/]+)\/activities/;

/**
 * Starts the connector on 127.0.0.1. With `parse` false (the echo baseline) bodies are drained but not parsed, so the
 * load generator spends as little CPU as possible on the bot it measures.
 */
export async function startBenchConnector(parse: boolean): Promise<BenchConnector> {
  const inbox = new Map<string, BenchReply[]>();
  let nextId = 1;
  let calls = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = PATH.exec(req.url ?? '');
      const conversationId = match?.[1] === undefined ? '' : decodeURIComponent(match[1]);
      const method = req.method ?? '';
      calls++;
      let body: Record<string, unknown> | undefined;
      if (parse && (method === 'POST' || method === 'PUT')) body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      const list = inbox.get(conversationId) ?? [];
      list.push({ method, ...(body === undefined ? {} : { body }) });
      inbox.set(conversationId, list);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"msg-${nextId++}"}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: () => calls,
    take: (conversationId) => {
      const list = inbox.get(conversationId) ?? [];
      inbox.delete(conversationId);
      return list;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
