import { HallMonitorError, TooLargeError } from '../core/index';

/** Slack would not hand over the file: a plain-language reason for the thread. */
export class DownloadError extends HallMonitorError {
  constructor(what: string, why: string) {
    super('download', `Hall Monitor could not download ${what} from Slack (${why}). Check that the app has the files:read scope and is in this channel.`);
  }
}

const MB = 1024 * 1024;
export const formatBytes = (bytes: number) => (bytes >= MB ? `${Number((bytes / MB).toFixed(1))} MB` : `${Math.round(bytes / 1024)} KB`);

/**
 * Downloads a private Slack file with the bot token. Redirects are refused (a wrong token is answered
 * with a redirect to an HTML sign-in page), as is HTML itself, and the size cap holds even when Slack
 * does not say the size up front.
 */
export async function downloadPrivate(url: string, token: string, name: string, maxBytes: number): Promise<Uint8Array> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, redirect: 'manual' }).catch((error: Error) => {
    throw new DownloadError(name, error.message);
  });
  if (response.status !== 200) throw new DownloadError(name, `HTTP ${response.status}`);
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
