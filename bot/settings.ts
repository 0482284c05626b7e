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
}

export const DEFAULT_SETTINGS: ChannelSettings = { watch: true, minSeverity: 'low', scanMessages: false, quiet: false };

/**
 * Per-workspace, per-channel settings. The default store is one JSON file (lowdb); several bot
 * instances would share a store with the same three methods over Redis or a database instead.
 */
export interface SettingsStore {
  get(team: string, channel: string): Promise<ChannelSettings>;
  set(team: string, channel: string, change: Partial<ChannelSettings>): Promise<ChannelSettings>;
  /** Channels with settings of their own, for App Home. */
  channels(team: string): Promise<Record<string, ChannelSettings>>;
}

type Data = Record<string, Record<string, Partial<ChannelSettings>>>;

export async function fileSettings(path: string): Promise<SettingsStore> {
  const db = new Low<Data>(new JSONFile<Data>(path), {});
  await db.read();
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
  };
}
