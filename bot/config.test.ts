import { describe, expect, it } from 'vitest';
import { readConfig, type BotConfig } from './config';

const TOKENS = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
const config = (env: NodeJS.ProcessEnv): BotConfig => {
  const result = readConfig(env);
  if (!('config' in result)) throw new Error(result.problem);
  return result.config;
};

describe('bot configuration', () => {
  it('reads scanned files with OCR, 50 pages a file, unless told otherwise; 0 turns it off and a bad limit is an error', () => {
    expect(config(TOKENS).maxOcrPages).toBe(50);
    expect(config({ ...TOKENS, HALLMONITOR_OCR_PAGES: '8' }).maxOcrPages).toBe(8);
    expect(config({ ...TOKENS, HALLMONITOR_OCR: 'off', HALLMONITOR_OCR_PAGES: '8' }).maxOcrPages).toBe(0);
    expect(config({ ...TOKENS, HALLMONITOR_OCR_PAGES: '0' }).maxOcrPages).toBe(0);
    expect(readConfig({ ...TOKENS, HALLMONITOR_OCR_PAGES: 'lots' })).toEqual({
      problem: 'HALLMONITOR_OCR_PAGES: Scanned pages to read with OCR must be a whole number, 0 or more (0 turns OCR off).',
    });
  });

  it('says which variables are missing', () => {
    expect(readConfig({})).toEqual({ problem: expect.stringMatching(/^Missing SLACK_BOT_TOKEN and SLACK_APP_TOKEN or SLACK_SIGNING_SECRET\./) });
  });

  it('reads the extra settings admins and the Redis store for several instances', () => {
    expect(config(TOKENS)).toMatchObject({ admins: [], redisUrl: undefined });
    expect(config({ ...TOKENS, HALLMONITOR_ADMINS: 'U01, U02 U03', HALLMONITOR_REDIS_URL: 'redis://127.0.0.1:6379' })).toMatchObject({ admins: ['U01', 'U02', 'U03'], redisUrl: 'redis://127.0.0.1:6379' });
  });
});
