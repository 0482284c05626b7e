// The two stores behind BotStore, each against what it runs on: a JSON file, and a real redis-server.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisStore } from '../../bot/redis-store';
import { fileStore, type BotStore } from '../../bot/settings';
import { testRedis } from './redis';

let redis: Awaited<ReturnType<typeof testRedis>>;
beforeAll(async () => void (redis = await testRedis()), 30_000);
afterAll(async () => redis?.stop());

const stores: Record<string, () => Promise<[BotStore, BotStore]>> = {
  // one process: both names are one store (a second process would not share its claims)
  'the JSON file': async () => {
    const store = await fileStore(join(mkdtempSync(join(tmpdir(), 'hm-store-')), 'settings.json'));
    return [store, store];
  },
  // two instances: two connections on one server
  Redis: async () => {
    const prefix = `hallmonitor-test-${randomUUID()}:`;
    return [await redisStore(redis.url, prefix), await redisStore(redis.url, prefix)];
  },
};

describe.each(Object.keys(stores))('%s store', (kind) => {
  let a: BotStore;
  let b: BotStore;
  beforeAll(async () => void ([a, b] = await stores[kind]!()));
  afterAll(async () => {
    await a.close();
    if (b !== a) await b.close();
  });

  it('gives a claim to one caller of many at once, until it is released', async () => {
    const wins = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).claim('file:C1:F1', 60_000)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    await a.release('file:C1:F1');
    expect(await b.claim('file:C1:F1', 60_000)).toBe(true);
  });

  it('lets a claim go when its time is up', async () => {
    expect(await a.claim('file:C1:F2', 50)).toBe(true);
    expect(await b.claim('file:C1:F2', 50)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await b.claim('file:C1:F2', 50)).toBe(true);
  });

  it('keeps settings per channel, merging changes, and lists the channels that have their own', async () => {
    expect(await a.get('T1', 'C1')).toEqual({ watch: true, minSeverity: 'low', scanMessages: false, quiet: false, attachAnnotated: false });
    await a.set('T1', 'C1', { minSeverity: 'high' });
    expect(await b.set('T1', 'C1', { quiet: true })).toEqual({ watch: true, minSeverity: 'high', scanMessages: false, quiet: true, attachAnnotated: false });
    await b.set('T1', 'C2', { watch: false });
    expect(Object.keys(await a.channels('T1')).sort()).toEqual(['C1', 'C2']);
    expect((await a.channels('T1')).C2!.watch).toBe(false);
    expect(await a.channels('T2')).toEqual({});
  });
});
