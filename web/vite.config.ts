import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// The no-install web page: the extension's PDF viewer (the same modules), built into one index.html that
// works from file:// (which can load no module script, worker or fetch from disk) and from any static host.

const ROOT = resolve(import.meta.dirname, '..');
const VIEWER = resolve(ROOT, 'extension/entrypoints/viewer');
export const WEB_OUT = resolve(ROOT, '.output/web');

// The only modules that differ: where options are stored, and how pdf.js and OCR run.
const SWAPS: Record<string, string> = {
  [resolve(ROOT, 'extension/lib/host.ts')]: resolve(ROOT, 'web/host.ts'),
  [resolve(VIEWER, 'pdf-setup.ts')]: resolve(ROOT, 'web/pdf-setup.ts'),
};

/** Nothing may load after the page: no connection, no script but the one inline, no worker, frame or form. */
const csp = (scriptHash: string) =>
  [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    // the viewer and pdf.js place highlights and text with inline styles
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

function swapHostModules(): Plugin {
  return {
    name: 'hallmonitor-web-host',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && SWAPS[resolved.id] ? SWAPS[resolved.id] : null;
    },
  };
}

/** The bundle and its CSS inlined into index.html as a classic script (file:// runs no module script), under a CSP that allows that script alone. */
function singleFile(): Plugin {
  return {
    name: 'hallmonitor-single-file',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const html = files.find((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
      const chunks = files.filter((f) => f.type === 'chunk');
      if (!html || html.type !== 'asset' || chunks.length !== 1 || chunks[0]!.type !== 'chunk') throw new Error(`web build: expected one page and one script, got ${files.map((f) => f.fileName).join(', ')}`);
      const css = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css')).map((f) => (f.type === 'asset' ? String(f.source) : '')).join('\n');
      // "</script" would end the inline script early and "<!--" change how it is parsed; these occur only
      // in string literals (libraries writing HTML and XML), where "\x3C" is the same "<"
      const script = chunks[0]!.code.replace(/<(\/script|!--)/gi, '\\x3C$1');
      const hash = createHash('sha256').update(script).digest('base64');
      const page = String(html.source)
        .replace(/<script\b[^>]*><\/script>\s*/g, '')
        .replace(/<link rel="stylesheet"[^>]*>/g, '')
        .replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp(hash)}" />`)
        .replace('</head>', () => `<style>${css}</style>\n  </head>`)
        .replace('</body>', () => `<script>${script}</script>\n  </body>`);
      for (const file of files) delete bundle[file.fileName];
      this.emitFile({ type: 'asset', fileName: 'index.html', source: page });
    },
  };
}

export default defineConfig({
  root: VIEWER,
  base: './',
  logLevel: 'warn',
  plugins: [swapHostModules(), singleFile()],
  build: {
    outDir: WEB_OUT,
    emptyOutDir: true,
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: Number.POSITIVE_INFINITY,
    chunkSizeWarningLimit: 20_000,
    rollupOptions: {
      input: resolve(VIEWER, 'index.html'),
      output: { format: 'iife', inlineDynamicImports: true },
    },
  },
});
