import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Severity } from '../core/index';

/** What a channel asked the bot to do. Nothing about files or people is stored. */
export interface ChannelSettings {
  /** Scan files posted here. */
  watch: boolean;
  /** Post only flags at or above this severity. */
  minSeverity: Severity;
  /** Warn a poster (privately) when a message itself holds student data. Off until a channel opts in. */
  scanMessages: boolean;
  /** Say nothing about files with no flags. */
  quiet: boolean;
  /** Upload a marked-up copy of each PDF or Word file beside the answer. Off until a channel opts in: it puts the agreement itself in the thread again. */
  attachAnnotated: boolean;
  /** The state whose law the checklist adds to the federal list (a postal code); absent: federal only. */
  state?: string;
}

export const DEFAULT_SETTINGS: ChannelSettings = { watch: true, minSeverity: 'low', scanMessages: false, quiet: false, attachAnnotated: false };

/** Per-workspace, per-channel settings. */
export interface SettingsStore {
  get(team: string, channel: string): Promise<ChannelSettings>;
  set(team: string, channel: string, change: Partial<ChannelSettings>): Promise<ChannelSettings>;
  /** Channels with settings of their own, for App Home. */
  channels(team: string): Promise<Record<string, ChannelSettings>>;
}

/**
 * Everything the bot keeps between events: settings, and the claims that make Slack's duplicate and
 * retried deliveries answered once. Every bot instance behind one address must share one store.
 */
export interface BotStore extends SettingsStore {
  /** True for the first caller of a key until `ttlMs` passes or it is released; false for every other. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  release(key: string): Promise<void>;
  close(): Promise<void>;
}

type Data = Record<string, Record<string, Partial<ChannelSettings>>>;

/**
 * The default store for one process: settings in one JSON file (lowdb), claims in memory. The claim check
 * runs before its first await, so Bolt's parallel listeners cannot both win it.
 */
export async function fileStore(path: string): Promise<BotStore> {
  const db = new Low<Data>(new JSONFile<Data>(path), {});
  await db.read();
  const claims = new Map<string, number>();
  return {
    async get(team, channel) {
      return { ...DEFAULT_SETTINGS, ...db.data[team]?.[channel] };
    },
    async set(team, channel, change) {
      const teamData = (db.data[team] ??= {});
      teamData[channel] = { ...teamData[channel], ...change };
      await db.write();
      return { ...DEFAULT_SETTINGS, ...teamData[channel] };
    },
    async channels(team) {
      return Object.fromEntries(Object.entries(db.data[team] ?? {}).map(([channel, s]) => [channel, { ...DEFAULT_SETTINGS, ...s }]));
    },
    async claim(key, ttlMs) {
      const now = Date.now();
      for (const [k, until] of claims) if (until <= now) claims.delete(k);
      if (claims.has(key)) return false;
      claims.set(key, now + ttlMs);
      return true;
    },
    async release(key) {
      claims.delete(key);
    },
    async close() {},
  };
}
