import { HallMonitorError } from '../core/index';

// What an admin should do about each Slack error code the bot can meet. Slack's own words for the code
// stay in the log line, so a search of Slack's docs finds it.
const ADVICE: Record<string, (data: SlackErrorData) => string> = {
  missing_scope: (d) => `add ${d.needed ?? 'the missing scope'} in the app's OAuth & Permissions page, then reinstall the app`,
  not_in_channel: () => 'invite the bot to the channel: /invite @Hall Monitor',
  channel_not_found: () => 'the channel is gone or private to the bot: invite the bot to it',
  invalid_auth: () => 'check SLACK_BOT_TOKEN: copy the Bot User OAuth Token again from OAuth & Permissions',
  not_authed: () => 'set SLACK_BOT_TOKEN',
  token_revoked: () => 'the app was uninstalled or its token revoked: reinstall it and set the new SLACK_BOT_TOKEN',
  account_inactive: () => 'the app was uninstalled or its token revoked: reinstall it and set the new SLACK_BOT_TOKEN',
  file_not_found: () => 'the file was deleted, or Slack has not made it visible to the bot yet',
  invalid_blocks: () => 'a bug in Hall Monitor (a reply over Slack\'s limits): please report it',
  msg_too_long: () => 'a bug in Hall Monitor (a reply over Slack\'s limits): please report it',
  ratelimited: () => 'Slack is rate-limiting the bot: it waits and retries',
  slack_webapi_request_error: () => 'Slack could not be reached: check the network and proxy (SLACK_API_URL); the bot retries',
  slack_webapi_http_error: (d) => `Slack answered HTTP ${d.statusCode ?? '5xx'}, an outage on its side: the bot retries`,
  slack_webapi_rate_limited_error: () => 'Slack is rate-limiting the bot: it waits and retries',
};

interface SlackErrorData {
  needed?: string;
  statusCode?: number;
}

/** The most specific code an error carries: Slack's own (`missing_scope`) rather than the SDK's wrapper's. */
export function errorCode(error: unknown): string {
  if (error instanceof HallMonitorError) return error.code;
  if (!error || typeof error !== 'object') return 'unknown';
  const slack = (error as { data?: { error?: unknown } }).data?.error;
  if (typeof slack === 'string') return slack;
  if ('code' in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.name : 'unknown';
}

/** `missing_scope: add files:read in the app's OAuth & Permissions page, then reinstall the app`: a code and what to do, never a message body. */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  const data = (error && typeof error === 'object' ? { ...(error as { data?: SlackErrorData }).data, statusCode: (error as { statusCode?: number }).statusCode } : {}) as SlackErrorData;
  const advice = ADVICE[code];
  return advice ? `${code}: ${advice(data)}` : code;
}

/** Worth trying again: Slack is down or slow, or has not caught up with an upload yet. */
export function isTransient(error: unknown): boolean {
  return ['slack_webapi_request_error', 'slack_webapi_http_error', 'slack_webapi_rate_limited_error', 'file_not_found', 'ratelimited', 'fatal_error', 'internal_error', 'service_unavailable', 'request_timeout'].includes(errorCode(error));
}
