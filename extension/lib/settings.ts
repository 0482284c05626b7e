import { host } from './host';
import type { CategoryId, CustomTerm, ScanOptions, Severity } from '../../core/browser';

/** What a reviewer set on the options page; kept in extension storage, never sent anywhere. */
export interface ExtensionSettings {
  ignore: CategoryId[];
  minSeverity: Severity;
  districtSize: number;
  customTerms: CustomTerm[];
  allow: string[];
  /** Scanned PDF pages read with OCR in the viewer; 0 turns OCR off. */
  maxOcrPages: number;
  /** The state whose law the checklist adds to the federal list (a postal code); '' for federal only. */
  state: string;
}

export const DEFAULTS: ExtensionSettings = { ignore: [], minSeverity: 'low', districtSize: 2000, customTerms: [], allow: [], maxOcrPages: 50, state: '' };
const KEY = 'settings';

export async function loadSettings(): Promise<ExtensionSettings> {
  const stored = (await host.read(KEY)) as Partial<ExtensionSettings> | undefined;
  return { ...DEFAULTS, ...stored };
}

export async function saveSettings(settings: ExtensionSettings): Promise<void> {
  await host.write(KEY, settings);
}

/** Calls back when the options page saves, so an open viewer or panel applies the change at once. */
export function onSettingsChanged(callback: () => void): void {
  host.onChange(KEY, callback);
}

export function scanOptions(settings: ExtensionSettings, source: string): ScanOptions {
  return {
    source,
    ignore: settings.ignore,
    minSeverity: settings.minSeverity,
    districtSize: settings.districtSize,
    customTerms: settings.customTerms,
    allow: settings.allow,
    ...(settings.state ? { state: settings.state } : {}),
  };
}
