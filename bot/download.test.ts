import { describe, expect, it } from 'vitest';
import { isSlackFileUrl } from './download';

describe('where the bot token may go', () => {
  it.each(['https://files.slack.com/files-pri/T1-F1/download/a.pdf', 'https://files.slack-gov.com/files-pri/T1-F1/a.pdf'])('to Slack\'s file host: %s', (url) => {
    expect(isSlackFileUrl(url)).toBe(true);
  });

  it.each([
    'https://docs.google.com/document/d/1x/export',
    'http://files.slack.com/files-pri/T1-F1/a.pdf', // not over HTTPS
    'https://files.slack.com.evil.example/a.pdf',
    'https://evil.example/?https://files.slack.com/',
    'not a url',
  ])('nowhere else: %s', (url) => {
    expect(isSlackFileUrl(url)).toBe(false);
  });

  it('to the host of SLACK_API_URL (a proxy, or the tests\' stand-in), on its own protocol and port only', () => {
    expect(isSlackFileUrl('http://127.0.0.1:4000/files-pri/T1-F1/a.pdf', 'http://127.0.0.1:4000/api/')).toBe(true);
    expect(isSlackFileUrl('http://127.0.0.1:4001/files-pri/T1-F1/a.pdf', 'http://127.0.0.1:4000/api/')).toBe(false);
  });
});
