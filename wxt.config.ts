import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

// Permissions are as narrow as the features allow; the README says why each is needed.
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Hall Monitor',
    description: 'Flags student-data risks in agreements, rosters and policies, right where you read them. Nothing leaves your browser.',
    permissions: ['storage', 'contextMenus', 'scripting', ...(browser === 'firefox' ? [] : ['declarativeNetRequestWithHostAccess'])],
    host_permissions: ['<all_urls>'],
    // pdf.js 5 decodes some images, and Tesseract reads scans, with WebAssembly; no remote code, no eval.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    web_accessible_resources: [{ resources: ['viewer.html'], matches: ['<all_urls>'] }],
    action: { default_title: 'Scan this page with Hall Monitor' },
    // Firefox asks every add-on what data it collects (none); the key exists from Firefox 140 (142 on Android).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'hallmonitor@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // Libraries in a chunk of their own, so lint warnings about their code (pdf.js and Tesseract test for eval
  // and import modules by URL) are told apart from ours.
  // (Single-file builds, the background and content scripts, cannot be split and are left alone.)
  vite: () => ({
    plugins: [
      {
        name: 'hallmonitor-vendor-chunk',
        outputOptions: (output) => (output.inlineDynamicImports ? output : { ...output, manualChunks: (id) => (id.includes('/node_modules/') ? 'vendor' : undefined) }),
      },
    ],
  }),
  hooks: {
    // pdf.js needs its fonts, character maps and decoders as files the viewer can load: one entry per file.
    'build:publicAssets': (_wxt, files) => {
      for (const dir of ['standard_fonts', 'cmaps', 'wasm'])
        for (const file of readdirSync(resolve('node_modules/pdfjs-dist', dir)))
          files.push({ absoluteSrc: resolve('node_modules/pdfjs-dist', dir, file), relativeDest: `pdfjs/${dir}/${file}` });
      // OCR for scanned PDFs: Tesseract's worker, its LSTM-only cores (it picks one by the browser's SIMD
      // support) and the English model, all local.
      files.push({ absoluteSrc: resolve('node_modules/tesseract.js/dist/worker.min.js'), relativeDest: 'tesseract/worker.min.js' });
      for (const core of ['tesseract-core-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js', 'tesseract-core-relaxedsimd-lstm.wasm.js'])
        files.push({ absoluteSrc: resolve('node_modules/tesseract.js-core', core), relativeDest: `tesseract/core/${core}` });
      files.push({ absoluteSrc: resolve('node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz'), relativeDest: 'tesseract/lang/eng.traineddata.gz' });
    },
  },
});
