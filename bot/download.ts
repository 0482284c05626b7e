import { HallMonitorError, TooLargeError } from '../core/index';

/** Slack would not hand over the file: a plain-language reason for the thread. */
export class DownloadError extends HallMonitorError {
  constructor(
    what: string,
    why: string,
    /** Slack may not serve a new upload at once (404), or be having an outage (5xx): worth another try. */
    readonly transient = false,
  ) {
    super('download', `Hall Monitor could not download ${what} from Slack (${why}). Check that the app has the files:read scope and is in this channel.`);
  }
}

// Slack serves private files from these hosts only (commercial Slack and GovSlack). The bot's token goes
// nowhere else: an external file's URL points at Google Drive, Box or any host its owner chose.
const SLACK_FILE_HOSTS = ['files.slack.com', 'files.slack-gov.com'];

/** True for a URL on Slack's own file hosts over HTTPS, or on the host of SLACK_API_URL (a proxy, or the tests' stand-in). */
export function isSlackFileUrl(url: string, apiUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (apiUrl) {
    const api = new URL(apiUrl);
    if (parsed.protocol === api.protocol && parsed.host === api.host) return true;
  }
  return parsed.protocol === 'https:' && SLACK_FILE_HOSTS.includes(parsed.hostname);
}

const MB = 1024 * 1024;
export const formatBytes = (bytes: number) => (bytes >= MB ? `${Number((bytes / MB).toFixed(1))} MB` : `${Math.round(bytes / 1024)} KB`);

/**
 * Downloads a private Slack file with the bot token; the caller checks the URL with `isSlackFileUrl` first. Redirects are refused (a wrong token is answered
 * with a redirect to an HTML sign-in page), as is HTML itself, and the size cap holds even when Slack
 * does not say the size up front.
 */
export async function downloadPrivate(url: string, token: string, name: string, maxBytes: number): Promise<Uint8Array> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, redirect: 'manual' }).catch((error: Error) => {
    throw new DownloadError(name, error.message, true);
  });
  if (response.status !== 200) throw new DownloadError(name, `HTTP ${response.status}`, response.status === 404 || response.status >= 500);
  if ((response.headers.get('content-type') ?? '').startsWith('text/html')) throw new DownloadError(name, 'Slack answered with a sign-in page');
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw new TooLargeError(name, formatBytes(maxBytes));
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new TooLargeError(name, formatBytes(maxBytes));
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
