import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const bin = (path: string) => join(ROOT, 'node_modules', path);

interface LintResult {
  summary: { errors: number };
  errors: { code: string }[];
  warnings: { code: string; file?: string }[];
}

// Libraries' own files, and the chunk the build puts every library in (wxt.config.ts): pdf.js and Tesseract
// test whether eval works and import modules by URL. Warnings anywhere else are about our code.
const LIBRARY_FILES = /^(?:tesseract\/|assets\/pdf\.worker|chunks\/vendor-)/;
const ownWarnings = (result: LintResult) => result.warnings.filter((w) => !LIBRARY_FILES.test(w.file ?? '')).map((w) => `${w.code} ${w.file}`);

function lint(build: string): LintResult {
  // web-ext exits non-zero when it finds errors; the JSON report is what we judge.
  try {
    return JSON.parse(execFileSync(process.execPath, [bin('web-ext/bin/web-ext.js'), 'lint', '-s', join(ROOT, '.output', build), '--self-hosted', '--output', 'json'], { cwd: ROOT, encoding: 'utf8' }));
  } catch (error) {
    return JSON.parse((error as { stdout: string }).stdout);
  }
}

describe('extension builds', () => {
  it('builds for Firefox and passes web-ext lint with no errors, and no warnings about our own code', () => {
    execFileSync(process.execPath, [bin('wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
    const result = lint('firefox-mv3');
    expect(result.errors).toEqual([]);
    expect(ownWarnings(result)).toEqual([]);
  }, 120_000);

  it('builds for Chrome, whose only lint errors are Firefox-only requirements, with no warnings about our own code', () => {
    execFileSync(process.execPath, [bin('wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore' });
    // web-ext lints for Firefox: it wants a gecko id and a background-scripts fallback, which Chrome neither
    // needs nor accepts. Chromium itself loads this build in extension.e2e.test.ts.
    const result = lint('chrome-mv3');
    expect(result.errors.map((e) => e.code).filter((code) => !['ADDON_ID_REQUIRED', 'BACKGROUND_SERVICE_WORKER_NOFALLBACK'].includes(code))).toEqual([]);
    // Firefox's data-collection declaration lives under browser_specific_settings.gecko, absent here too.
    expect(ownWarnings(result).filter((w) => w !== 'MISSING_DATA_COLLECTION_PERMISSIONS manifest.json')).toEqual([]);
  }, 120_000);
});
