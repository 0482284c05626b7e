import type { Detector } from '../detector';
import { CLAUSE_DETECTORS } from './clause';
import { MISSING_DETECTORS } from './missing';
import { PII_DETECTORS } from './pii';

/** Every detector by id; an id is the detector's path under detectors/. Sorted so runs are repeatable. */
export const DETECTORS: ReadonlyMap<string, Detector> = new Map(
  Object.entries({ ...PII_DETECTORS, ...CLAUSE_DETECTORS, ...MISSING_DETECTORS }).sort(([a], [b]) => a.localeCompare(b)),
);

export function detectorId(detector: Detector): string {
  for (const [id, candidate] of DETECTORS) if (candidate === detector) return id;
  throw new Error(`Detector for '${detector.meta.category}' is not registered in core/detectors`);
}
