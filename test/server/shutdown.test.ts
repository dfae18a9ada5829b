import { closeGracefully } from '../../src/server/shutdown';
import { memoryLogger, post, startApp } from './http-harness';

describe('closeGracefully', () => {
  test('finishes an in-flight request, refuses new connections, then resolves', async () => {
    let release: () => void = () => undefined;
    const app = await startApp({
      messages: (_req, res) =>
        new Promise<void>((resolve) => {
          release = () => {
            res.status(200);
            res.send({ finished: true });
            resolve();
          };
        }),
    });
    const inFlight = post(app.base, '/api/messages', { type: 'message' });
    // Let the request reach the handler before shutting down.
    await new Promise((r) => setTimeout(r, 100));
    const { logger } = memoryLogger();
    let closed = false;
    const closing = closeGracefully(app.server.server, logger, 5000).then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    await expect(fetch(`${app.base}/healthz`)).rejects.toThrow();
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ finished: true });
    await closing;
    expect(closed).toBe(true);
  });

  test('cuts a request that outlives the grace period instead of hanging', async () => {
    const app = await startApp({ messages: () => new Promise<void>(() => undefined) });
    const inFlight = post(app.base, '/api/messages', { type: 'message' }).catch((err: unknown) => err);
    await new Promise((r) => setTimeout(r, 100));
    const { logger, lines } = memoryLogger();
    const started = Date.now();
    await closeGracefully(app.server.server, logger, 200);
    expect(Date.now() - started).toBeLessThan(2000);
    // The client sees its connection cut (fetch rejects), not a hang.
    expect(String(await inFlight)).toMatch(/fetch failed/);
    expect(lines().some((l) => l.level === 40)).toBe(true);
  });
});
