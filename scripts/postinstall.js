// `wxt prepare` writes the extension's generated types (.wxt/) for the type check. wxt is a dev
// dependency: a production install for the bot (`npm ci --omit=dev`) has none, and needs none.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../node_modules/wxt/package.json', import.meta.url))) {
  console.log('postinstall: wxt is not installed (a production install), so the extension types are not prepared.');
  process.exit(0);
}
const { status } = spawnSync('wxt', ['prepare'], { stdio: 'inherit', shell: true });
process.exit(status ?? 1);
