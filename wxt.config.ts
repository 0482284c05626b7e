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
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'hallmonitor@example.org', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } } : {}),
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
