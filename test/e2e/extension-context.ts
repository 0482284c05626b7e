import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { vi } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

const ROOT = resolve(import.meta.dirname, '../..');

export interface Site {
  base: string;
  server: Server;
}

/** Serves fixed responses on localhost, where the extension's content scripts run (any port). */
export async function serve(routes: Record<string, { type: string; body: string | Uint8Array }>): Promise<Site> {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url!, 'http://localhost').pathname];
    if (!route) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': route.type }).end(route.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { base: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}

/** Builds the Chrome extension and loads it into headless Chromium; waits until its PDF rules are in place. */
export async function launchWithExtension(): Promise<{ context: BrowserContext; worker: Worker }> {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  const extension = join(ROOT, '.output/chrome-mv3');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hm-ext-')), {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await vi.waitFor(
    async () => {
      const rules = await worker.evaluate(async () => (await (globalThis as any).chrome.declarativeNetRequest.getDynamicRules()).length);
      if (rules !== 3) throw new Error(`${rules} rules`);
    },
    { timeout: 15_000 },
  );
  return { context, worker };
}
