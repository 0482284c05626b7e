import type { Detector } from '../../detector';
import broadPurpose from './broad-purpose';
import commercialUse from './commercial-use';
import deidentifiedUseUnrestricted from './deidentified-use-unrestricted';
import excessiveCollection from './excessive-collection';
import foreignGoverningLaw from './foreign-governing-law';
import indefiniteRetention from './indefinite-retention';
import liabilityShift from './liability-shift';
import noParentalConsent from './no-parental-consent';
import offshoreStorage from './offshore-storage';
import recipientOwnsData from './recipient-owns-data';
import targetedAdvertising from './targeted-advertising';
import thirdPartySharing from './third-party-sharing';
import transferOnSale from './transfer-on-sale';
import unilateralChanges from './unilateral-changes';

export const CLAUSE_DETECTORS: Record<string, Detector> = {
  'clause/broad-purpose': broadPurpose,
  'clause/commercial-use': commercialUse,
  'clause/deidentified-use-unrestricted': deidentifiedUseUnrestricted,
  'clause/excessive-collection': excessiveCollection,
  'clause/foreign-governing-law': foreignGoverningLaw,
  'clause/indefinite-retention': indefiniteRetention,
  'clause/liability-shift': liabilityShift,
  'clause/no-parental-consent': noParentalConsent,
  'clause/offshore-storage': offshoreStorage,
  'clause/recipient-owns-data': recipientOwnsData,
  'clause/targeted-advertising': targetedAdvertising,
  'clause/third-party-sharing': thirdPartySharing,
  'clause/transfer-on-sale': transferOnSale,
  'clause/unilateral-changes': unilateralChanges,
};
