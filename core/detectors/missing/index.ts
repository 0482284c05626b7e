import type { Detector } from '../../detector';
import auditRights from './audit-rights';
import breachNotification from './breach-notification';
import deletionOnTermination from './deletion-on-termination';
import districtOwnership from './district-ownership';
import duration from './duration';
import ferpaCompliance from './ferpa-compliance';
import parentAccess from './parent-access';
import redisclosureBan from './redisclosure-ban';
import reidentificationBan from './reidentification-ban';
import securitySafeguards from './security-safeguards';
import useLimitation from './use-limitation';

export const MISSING_DETECTORS: Record<string, Detector> = {
  'missing/audit-rights': auditRights,
  'missing/breach-notification': breachNotification,
  'missing/deletion-on-termination': deletionOnTermination,
  'missing/district-ownership': districtOwnership,
  'missing/duration': duration,
  'missing/ferpa-compliance': ferpaCompliance,
  'missing/parent-access': parentAccess,
  'missing/redisclosure-ban': redisclosureBan,
  'missing/reidentification-ban': reidentificationBan,
  'missing/security-safeguards': securitySafeguards,
  'missing/use-limitation': useLimitation,
};
