import { createServer } from 'node:net';

/** A loopback port that was free a moment ago (the OS picks it), for a server or emulator that must be told its port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close(() => reject(new Error('Could not find a free port.')));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
