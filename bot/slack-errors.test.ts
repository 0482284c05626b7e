import { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { describeError, isTransient } from './slack-errors';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The real WebClient's errors, from a local server answering as Slack does. */
async function errorFrom(status: number, body: unknown): Promise<unknown> {
  const server = createServer((_req, res) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new WebClient('xoxb-test', { slackApiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, retryConfig: { retries: 0 } });
  try {
    await client.files.info({ file: 'F1' });
    throw new Error('the call succeeded');
  } catch (error) {
    return error;
  } finally {
    server.close();
  }
}

describe('Slack errors in the logs', () => {
  it('names Slack\'s own code and what to do, not the SDK\'s wrapper', async () => {
    const error = await errorFrom(200, { ok: false, error: 'missing_scope', needed: 'files:read', provided: 'chat:write' });
    expect(describeError(error)).toBe("missing_scope: add files:read in the app's OAuth & Permissions page, then reinstall the app");
    expect(isTransient(error)).toBe(false);
  });

  it('calls an outage transient, with its HTTP status', async () => {
    const error = await errorFrom(503, { ok: false });
    expect(describeError(error)).toBe('slack_webapi_http_error: Slack answered HTTP 503, an outage on its side: the bot retries');
    expect(isTransient(error)).toBe(true);
  });

  it('keeps an unknown code as it is', async () => {
    expect(describeError(await errorFrom(200, { ok: false, error: 'something_new' }))).toBe('something_new');
  });
});
