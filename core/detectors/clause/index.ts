import type { Detector } from '../../detector';
import recipientOwnsData from './recipient-owns-data';

export const CLAUSE_DETECTORS: Record<string, Detector> = {
  'clause/recipient-owns-data': recipientOwnsData,
};
