import { Redis } from 'ioredis';
import { DEFAULT_SETTINGS, type BotStore, type ChannelSettings } from './settings';

/**
 * The store for several bot instances (HALLMONITOR_REDIS_URL). A claim is one `SET NX PX`, atomic across
 * instances; each channel's settings are one hash, so two admins changing different settings at once
 * both keep their change.
 */
export async function redisStore(url: string, prefix = 'hallmonitor:'): Promise<BotStore> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
  await redis.connect();
  const settingsKey = (team: string, channel: string) => `${prefix}settings:${team}:${channel}`;
  const channelsKey = (team: string) => `${prefix}channels:${team}`;
  const read = (fields: Record<string, string>): ChannelSettings => ({
    ...DEFAULT_SETTINGS,
    ...Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, JSON.parse(value) as unknown])),
  });
  const get = async (team: string, channel: string) => read(await redis.hgetall(settingsKey(team, channel)));
  return {
    get,
    async set(team, channel, change) {
      const fields = Object.fromEntries(Object.entries(change).map(([field, value]) => [field, JSON.stringify(value)]));
      await redis.multi().hset(settingsKey(team, channel), fields).sadd(channelsKey(team), channel).exec();
      return get(team, channel);
    },
    async channels(team) {
      const channels = await redis.smembers(channelsKey(team));
      return Object.fromEntries(await Promise.all(channels.map(async (channel) => [channel, await get(team, channel)] as const)));
    },
    async claim(key, ttlMs) {
      return (await redis.set(`${prefix}claim:${key}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
    },
    async release(key) {
      await redis.del(`${prefix}claim:${key}`);
    },
    async close() {
      await redis.quit();
    },
  };
}
