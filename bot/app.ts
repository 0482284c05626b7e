// `npm run bot`: the Slack bot, in Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT.
import { createBot } from './bot';
import { readConfig } from './config';
import { fileSettings } from './settings';

const result = readConfig(process.env);
if ('problem' in result) {
  process.stderr.write(`${result.problem}\n`);
  process.exit(1);
}
const { config } = result;
const bot = createBot(config, await fileSettings(config.settingsFile));
try {
  await bot.start();
} catch (error) {
  process.stderr.write(`Hall Monitor could not connect to Slack: ${(error as Error).message}. Check the tokens.\n`);
  process.exit(1);
}
process.stderr.write(config.appToken ? 'Hall Monitor is connected to Slack (Socket Mode).\n' : `Hall Monitor is listening on port ${config.port} at /slack/events.\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void bot.stop().then(() => process.exit(0)));
