// Installing the bot for production: `npm ci --omit=dev && npm run bot` on a clean clone, the scopes it asks
// for, the HTTP-mode manifest, and the supervisor recipe the README points to.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const manifest = (name: string) => JSON.parse(readFileSync(join(ROOT, 'bot', name), 'utf8'));
const SCOPES = ['files:read', 'files:write', 'chat:write', 'commands', 'channels:history', 'groups:history', 'users:read'];

describe('a production install', () => {
  it('runs its install scripts without the dev dependencies', async () => {
    // package.json and its scripts alone, with no node_modules: what `npm ci --omit=dev` runs them in, less wxt
    const dir = mkdtempSync(join(tmpdir(), 'hm-prod-'));
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    cpSync(join(ROOT, 'scripts'), join(dir, 'scripts'), { recursive: true });
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare'].filter((s) => pkg.scripts[s])) {
      const { stdout } = await promisify(execFile)('npm', ['run', script], { cwd: dir });
      expect(stdout).toContain('not installed (a production install)');
    }
  });

  it('starts the bot from dependencies alone: every package `npm run bot` loads is a dependency', async () => {
    const bare = new Set<string>();
    await build({
      // the scan workers start from scan-worker.mjs, which loads tsx and then scan-worker.ts
      entryPoints: [join(ROOT, 'bot/app.ts'), join(ROOT, 'workers/scan-worker.ts')],
      bundle: true, write: false, platform: 'node', format: 'esm', outdir: 'out', logLevel: 'silent',
      plugins: [{
        name: 'record-packages',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, ({ path }) => {
            if (!path.startsWith('node:')) bare.add(path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]!);
            return { path, external: true };
          });
        },
      }],
    });
    expect([...bare].filter((name) => !(name in pkg.dependencies))).toEqual([]);
    expect(pkg.scripts.bot).toMatch(/^tsx /);
    expect(pkg.dependencies).toHaveProperty('tsx');
  });
});

describe('the Slack app it asks for', () => {
  it('asks for the minimal scopes, the same in both manifests, each explained in the README', () => {
    for (const name of ['manifest.json', 'manifest-http.json']) expect(manifest(name).oauth_config.scopes.bot).toEqual(SCOPES);
    const scopesSection = readme.slice(readme.indexOf('#### Scopes'), readme.indexOf('#### Scopes') + 3000);
    for (const scope of SCOPES) expect(scopesSection).toMatch(new RegExp(`\\| \`${scope}\` \\|`));
    expect(readme).not.toMatch(/channels:read|groups:read/);
  });

  it('gives HTTP mode a request URL for events, interactivity (the shortcut) and the slash command, all /slack/events', () => {
    const http = manifest('manifest-http.json');
    const urls = [http.settings.event_subscriptions.request_url, http.settings.interactivity.request_url, ...http.features.slash_commands.map((c: { url: string }) => c.url)];
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(manifest('manifest.json').settings.socket_mode_enabled).toBe(true);
    for (const step of ['Event Subscriptions', 'Interactivity & Shortcuts', 'Slash Commands']) expect(readme).toContain(`**${step}**`);
  });

  it('has the supervisor recipe the README names: a systemd unit and a container restart policy with the health check', () => {
    const unit = readFileSync(join(ROOT, 'deploy/hallmonitor.service'), 'utf8');
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toMatch(/^ExecStart=.*npm run bot$/m);
    const compose = readFileSync(join(ROOT, 'deploy/compose.yaml'), 'utf8');
    expect(compose).toMatch(/restart: unless-stopped/);
    expect(compose).toContain('/healthz');
    expect(readFileSync(join(ROOT, 'deploy/Dockerfile'), 'utf8')).toContain('npm ci --omit=dev');
    for (const file of ['deploy/hallmonitor.service', 'deploy/compose.yaml', 'deploy/Dockerfile']) expect(readme).toContain(`](${file})`);
  });
});
