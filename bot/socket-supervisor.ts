import type { Logger, SocketModeReceiver } from '@slack/bolt';
import pRetry from 'p-retry';
import { describeError, isTransient } from './slack-errors';

export interface Backoff {
  retries: number;
  minTimeout: number;
  maxTimeout: number;
}

/**
 * Keeps a Socket Mode connection up through Slack outages. The client's own reconnect gives up when
 * `apps.connections.open` fails with a network error or a 5xx, and its rejection then ends the process,
 * so the client runs with auto-reconnect off and this loop reconnects instead: with growing waits,
 * for as long as the errors are transient. An unrecoverable one (a revoked app token) is logged with
 * what to do, and the loop stops.
 */
export function superviseSocket(client: SocketModeReceiver['client'], backoff: Backoff, logger: Logger) {
  let connected = false;
  let reconnecting = false;
  let stopped = false;
  client.on('connected', () => void (connected = true));
  client.on('disconnected', () => {
    connected = false;
    if (!stopped && !reconnecting) void reconnect();
  });

  async function reconnect(): Promise<void> {
    // A failed connect both rejects start() and emits disconnected: one loop answers both.
    if (reconnecting) return;
    reconnecting = true;
    try {
      await pRetry(() => client.start(), {
        retries: Number.POSITIVE_INFINITY,
        minTimeout: backoff.minTimeout,
        maxTimeout: backoff.maxTimeout,
        shouldRetry: ({ error }) => !stopped && isTransient(error),
        onFailedAttempt: ({ error, attemptNumber }) => logger.warn(`Socket Mode reconnect attempt ${attemptNumber} failed: ${describeError(error)}`),
      });
      logger.info('Socket Mode reconnected');
    } catch (error) {
      if (!stopped) logger.error(`Socket Mode cannot reconnect: ${describeError(error)}`);
    } finally {
      reconnecting = false;
    }
  }

  return {
    get connected() {
      return connected;
    },
    /** A first connection that failed for a transient reason is retried in the background. */
    reconnect,
    stop() {
      stopped = true;
    },
  };
}
