import type { Detector } from '../../detector';
import breachNotification from './breach-notification';

export const MISSING_DETECTORS: Record<string, Detector> = {
  'missing/breach-notification': breachNotification,
};
