import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startBot, teamsActivity, type RunningBot } from './support';

/** A connector that answers every call with `answer` (headers at once, then a body of its choosing). */
async function misbehavingConnector(answer: (res: ServerResponse) => void): Promise<{ url: string; server: Server; calls: () => number }> {
  let calls = 0;
  const server = createServer((req, res) => {
    calls++;
    req.resume();
    req.on('end', () => answer(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = server.close.bind(server);
  server.close = ((cb?: (err?: Error) => void) => {
    server.closeAllConnections();
    return close(cb);
  }) as typeof server.close;
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, calls: () => calls };
}

async function turn(bot: RunningBot, serviceUrl: string, id: string): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const res = await bot.post(teamsActivity(serviceUrl, { id, text: 'help', conversation: { id: `conv-${id}`, conversationType: 'personal' } }));
  return { status: res.status, ms: Date.now() - started };
}

describe('item 4: connector responses have a time limit and a size cap', () => {
  test('a body that trickles in after prompt headers ends the attempt at the time limit, not when the body ends', async () => {
    const timers: NodeJS.Timeout[] = [];
    const connector = await misbehavingConnector((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"');
      // 20 s of body at one byte per 200 ms.
      let n = 0;
      const t = setInterval(() => (++n > 100 ? (clearInterval(t), res.end('"}')) : res.write('x')), 200);
      timers.push(t);
    });
    const bot = await startBot();
    try {
      const result = await turn(bot, connector.url, 'slow-body');
      expect(result.status).toBe(200);
      // FAST_RETRY: 400 ms per attempt, a handful of attempts; far below the 20 s the body takes.
      expect(result.ms).toBeLessThan(5000);
      expect(bot.log.text()).toMatch(/reply could not be delivered/);
    } finally {
      timers.forEach(clearInterval);
      await bot.close();
      await new Promise((resolve) => connector.server.close(resolve));
    }
  }, 30_000);

  test('a 64 MB body is refused at the cap without being buffered, and not asked for again', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    const connector = await misbehavingConnector((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const push = (): void => {
        while (sent < 64) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      push();
    });
    const bot = await startBot();
    try {
      const before = process.memoryUsage().rss;
      const result = await turn(bot, connector.url, 'huge-body');
      const grownMb = (process.memoryUsage().rss - before) / 1024 / 1024;
      expect(result.status).toBe(200);
      expect(grownMb).toBeLessThan(40);
      expect(connector.calls()).toBe(1);
      expect(bot.log.text()).toMatch(/reply could not be delivered/);
    } finally {
      await bot.close();
      await new Promise((resolve) => connector.server.close(resolve));
    }
  }, 30_000);
});
