import type { Detector } from '../../detector';
import birthdateElement from './birthdate-element';
import birthdateValue from './birthdate-value';
import email from './email';
import ssn from './ssn';

export const PII_DETECTORS: Record<string, Detector> = {
  'pii/birthdate-element': birthdateElement,
  'pii/birthdate-value': birthdateValue,
  'pii/email': email,
  'pii/ssn': ssn,
};
