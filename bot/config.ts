import { OptionsError, parseOptions } from '../core/index';
import { DEFAULT_MEMORY_MB } from '../workers/scan-pool';

/** Everything the bot reads from its environment, checked once at start. */
export interface BotConfig {
  botToken: string;
  /** Socket Mode when set: no public URL needed. */
  appToken?: string;
  /** HTTP mode: every request's signature is checked with it. */
  signingSecret?: string;
  apiUrl?: string;
  port: number;
  maxBytes: number;
  scanTimeoutMs: number;
  /** Heap of each scan worker, in MB. */
  scanMemoryMb: number;
  /** Read scanned PDFs and images with OCR, up to this many pages a file (0: off). */
  maxOcrPages: number;
  concurrency: number;
  /** Where per-channel settings live (a small JSON file). */
  settingsFile: string;
  topRisks: number;
  /** Attach the full report (Markdown and the board brief) to the thread. */
  attachReport: boolean;
  /** Users who may change channel settings besides workspace admins and owners. */
  admins: string[];
  /** Claims and settings shared by every instance, in Redis; unset: a JSON file and memory, for one process. */
  redisUrl?: string;
}

const HELP = `Hall Monitor's Slack bot needs a Slack app. Create one from bot/manifest.json (see the README, "Slack bot"), then set:
  SLACK_BOT_TOKEN       the Bot User OAuth Token (xoxb-...), from "OAuth & Permissions"
and either
  SLACK_APP_TOKEN       an app-level token (xapp-...) with connections:write, for Socket Mode (no public URL needed)
or
  SLACK_SIGNING_SECRET  the Signing Secret from "Basic Information", for HTTP mode on PORT (default 3000)
Example: SLACK_BOT_TOKEN=xoxb-... SLACK_APP_TOKEN=xapp-... npm run bot`;

export type ConfigResult = { config: BotConfig } | { problem: string };

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const missing: string[] = [];
  if (!env.SLACK_BOT_TOKEN) missing.push('SLACK_BOT_TOKEN');
  if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) missing.push('SLACK_APP_TOKEN or SLACK_SIGNING_SECRET');
  if (missing.length) return { problem: `Missing ${missing.join(' and ')}.\n\n${HELP}` };
  const number = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  // The OCR page limit is checked by core's option schema, as on the command line: 0 turns OCR off.
  let maxOcrPages: number;
  try {
    maxOcrPages = env.HALLMONITOR_OCR === 'off' ? 0 : (parseOptions({ maxOcrPages: env.HALLMONITOR_OCR_PAGES }).maxOcrPages ?? 50);
  } catch (error) {
    if (error instanceof OptionsError) return { problem: `HALLMONITOR_OCR_PAGES: ${error.message}` };
    throw error;
  }
  return {
    config: {
      botToken: env.SLACK_BOT_TOKEN!,
      appToken: env.SLACK_APP_TOKEN || undefined,
      signingSecret: env.SLACK_SIGNING_SECRET || undefined,
      apiUrl: env.SLACK_API_URL || undefined,
      port: number('PORT', 3000),
      maxBytes: number('HALLMONITOR_MAX_MB', 25) * 1024 * 1024,
      scanTimeoutMs: number('HALLMONITOR_SCAN_TIMEOUT_S', 60) * 1000,
      scanMemoryMb: number('HALLMONITOR_SCAN_MEMORY_MB', DEFAULT_MEMORY_MB),
      maxOcrPages,
      concurrency: number('HALLMONITOR_CONCURRENCY', 2),
      settingsFile: env.HALLMONITOR_SETTINGS ?? 'hallmonitor-settings.json',
      topRisks: number('HALLMONITOR_TOP_RISKS', 5),
      attachReport: env.HALLMONITOR_ATTACH_REPORT !== 'off',
      admins: (env.HALLMONITOR_ADMINS ?? '').split(/[\s,]+/).filter(Boolean),
      redisUrl: env.HALLMONITOR_REDIS_URL || undefined,
    },
  };
}
