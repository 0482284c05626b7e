import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * A real Redis for the bot's multi-instance tests: the one `.ci/run` started (HALLMONITOR_TEST_REDIS_URL),
 * or else a redis-server of this test's own on a free loopback port, in memory, stopped afterwards.
 */
export async function testRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.HALLMONITOR_TEST_REDIS_URL) return { url: process.env.HALLMONITOR_TEST_REDIS_URL, stop: async () => undefined };
  const port = await freePort();
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.stdout!.on('data', (chunk: Buffer) => String(chunk).includes('Ready to accept connections') && resolve());
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => (server.once('exit', () => resolve()), server.kill())),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
