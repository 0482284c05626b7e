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
// Protections only a state's checklist asks for: the engine runs them when the chosen state requires them.
import advertisingProfilingBan from './advertising-profiling-ban';
import breachCostAllocation from './breach-cost-allocation';
import commercialUseBan from './commercial-use-ban';
import encryption from './encryption';
import nyBillOfRights from './ny-bill-of-rights';
import securityPlan from './security-plan';
import staffTraining from './staff-training';
import subprocessorFlowdown from './subprocessor-flowdown';
import subprocessorList from './subprocessor-list';

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
  'missing/advertising-profiling-ban': advertisingProfilingBan,
  'missing/breach-cost-allocation': breachCostAllocation,
  'missing/commercial-use-ban': commercialUseBan,
  'missing/encryption': encryption,
  'missing/ny-bill-of-rights': nyBillOfRights,
  'missing/security-plan': securityPlan,
  'missing/staff-training': staffTraining,
  'missing/subprocessor-flowdown': subprocessorFlowdown,
  'missing/subprocessor-list': subprocessorList,
};
