// `npm run bot`: the Slack bot, in Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT.
import { createBot, safeLogger } from './bot';
import { readConfig } from './config';
import { redisStore } from './redis-store';
import { fileStore } from './settings';
import { describeError } from './slack-errors';

const result = readConfig(process.env);
if ('problem' in result) {
  process.stderr.write(`${result.problem}\n`);
  process.exit(1);
}
const { config } = result;
const logger = safeLogger();
// A transient failure deep in a library must not end the process: it is logged (its code only) and the
// bot goes on, reconnecting where it has to. Only a bad configuration at start exits.
process.on('unhandledRejection', (error) => logger.error(`unhandled: ${describeError(error)}`));
const store = config.redisUrl ? await redisStore(config.redisUrl) : await fileStore(config.settingsFile);
const bot = createBot(config, store, { logger });
try {
  await bot.start();
} catch (error) {
  process.stderr.write(`Hall Monitor could not connect to Slack: ${describeError(error)}. Check the tokens.\n`);
  process.exit(1);
}
process.stderr.write(config.appToken ? 'Hall Monitor is connected to Slack (Socket Mode), or reconnecting.\n' : `Hall Monitor is listening on port ${config.port} at /slack/events.\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void bot.stop().then(() => process.exit(0)));
