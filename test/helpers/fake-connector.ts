import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request the bot made to the connector. */
export interface ConnectorRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown>;
  /** ms since the connector started, when the request arrived. */
  readonly at: number;
  /** The status the connector answered with; undefined for a request it never answered. */
  status?: number;
  /** The message id the connector answered a successful POST or PUT with (`msg-N`), as Teams returns it. */
  replyId?: string;
}

/** How the connector answers the next request(s): normally, with an error, or not at all. */
export type ConnectorBehaviour =
  | { readonly kind: 'ok' }
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string }
  /** Accepts the request and never answers (the bot's attempt times out). */
  | { readonly kind: 'hang' }
  /** Accepts the request, then cuts the connection without answering. */
  | { readonly kind: 'reset' }
  /** Answers normally after a pause. */
  | { readonly kind: 'slow'; readonly ms: number };

export interface FakeConnector {
  readonly url: string;
  /** Every request in arrival order. */
  readonly requests: ConnectorRequest[];
  /** The activities the user actually got: POSTed messages answered 2xx. */
  readonly delivered: () => ConnectorRequest[];
  /** The next requests (matching `method`, default any) are answered with these behaviours, in order. */
  readonly script: (behaviours: readonly ConnectorBehaviour[], method?: string) => void;
  /** Forgets whatever is left of the scripted behaviours. */
  readonly clearScript: () => void;
  /** Holds every request until the returned function is called (to keep a turn in flight). */
  readonly hold: () => () => void;
  readonly close: () => Promise<void>;
}

/**
 * A loopback stand-in for the Bot Connector (the service at an activity's serviceUrl): records every call, answers
 * POST/PUT/DELETE like the real one (`{ id }`), and misbehaves on cue — status codes with Retry-After, hangs, resets,
 * slow answers — so retry and idempotency rules can be tested end to end.
 */
export async function startFakeConnector(): Promise<FakeConnector> {
  const started = Date.now();
  const requests: ConnectorRequest[] = [];
  const queue: { behaviour: ConnectorBehaviour; method?: string }[] = [];
  const sockets = new Set<Socket>();
  let gate: Promise<void> | undefined;
  let nextId = 1;

  const nextBehaviour = (method: string): ConnectorBehaviour => {
    const index = queue.findIndex((q) => q.method === undefined || q.method === method);
    if (index < 0) return { kind: 'ok' };
    const [entry] = queue.splice(index, 1);
    return entry?.behaviour ?? { kind: 'ok' };
  };

  const answer = (res: ServerResponse, record: ConnectorRequest, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    record.status = status;
    if (typeof body === 'object' && body !== null && 'id' in body && typeof body.id === 'string') record.replyId = body.id;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      void (async () => {
        let body: Record<string, unknown> = {};
        try {
          body = raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
        } catch {
          body = { unparsable: raw.slice(0, 100) };
        }
        const method = req.method ?? '';
        const auth = req.headers.authorization;
        const record: ConnectorRequest = { method, path: req.url ?? '', authorization: auth, body, at: Date.now() - started };
        requests.push(record);
        const behaviour = nextBehaviour(method);
        if (gate !== undefined) await gate;
        switch (behaviour.kind) {
          case 'hang':
            return;
          case 'reset':
            req.socket.destroy();
            return;
          case 'status':
            answer(res, record, behaviour.status, { error: { code: 'ServiceError', message: 'scripted failure' } }, behaviour.retryAfter === undefined ? {} : { 'retry-after': behaviour.retryAfter });
            return;
          case 'slow':
            await new Promise((resolve) => setTimeout(resolve, behaviour.ms));
            break;
          case 'ok':
            break;
        }
        answer(res, record, 200, method === 'GET' ? [] : { id: `msg-${nextId++}` });
      })();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    delivered: () => requests.filter((r) => r.method === 'POST' && r.status !== undefined && r.status >= 200 && r.status < 300),
    script: (behaviours, method) => {
      for (const behaviour of behaviours) queue.push({ behaviour, ...(method === undefined ? {} : { method }) });
    },
    clearScript: () => {
      queue.length = 0;
    },
    hold: () => {
      let release: () => void = () => undefined;
      gate = new Promise<void>((resolve) => {
        release = () => {
          gate = undefined;
          resolve();
        };
      });
      return release;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
