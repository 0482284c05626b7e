import type { Detector } from '../../detector';
import academicRecord from './academic-record';
import addressElement from './address-element';
import biometric from './biometric';
import birthdateElement from './birthdate-element';
import birthdateValue from './birthdate-value';
import disabilityIep from './disability-iep';
import discipline from './discipline';
import economicStatus from './economic-status';
import educatorRecord from './educator-record';
import email from './email';
import emailElement from './email-element';
import englishLearner from './english-learner';
import enrollmentHistory from './enrollment-history';
import facilitySecurity from './facility-security';
import familyName from './family-name';
import financialAccount from './financial-account';
import gender from './gender';
import geolocation from './geolocation';
import gradeLevel from './grade-level';
import health from './health';
import homelessStatus from './homeless-status';
import immigrationStatus from './immigration-status';
import ipAddress from './ip-address';
import onlineIdentifier from './online-identifier';
import paymentCard from './payment-card';
import personName from './person-name';
import phone from './phone';
import phoneElement from './phone-element';
import photoVideo from './photo-video';
import protectedSurveyTopic from './protected-survey-topic';
import raceEthnicity from './race-ethnicity';
import ssn from './ssn';
import ssnElement from './ssn-element';
import streetAddress from './street-address';
import studentId from './student-id';
import studentIdValue from './student-id-value';
import studentName from './student-name';

export const PII_DETECTORS: Record<string, Detector> = {
  'pii/academic-record': academicRecord,
  'pii/address-element': addressElement,
  'pii/biometric': biometric,
  'pii/birthdate-element': birthdateElement,
  'pii/birthdate-value': birthdateValue,
  'pii/disability-iep': disabilityIep,
  'pii/discipline': discipline,
  'pii/economic-status': economicStatus,
  'pii/educator-record': educatorRecord,
  'pii/email': email,
  'pii/email-element': emailElement,
  'pii/english-learner': englishLearner,
  'pii/enrollment-history': enrollmentHistory,
  'pii/facility-security': facilitySecurity,
  'pii/family-name': familyName,
  'pii/financial-account': financialAccount,
  'pii/gender': gender,
  'pii/geolocation': geolocation,
  'pii/grade-level': gradeLevel,
  'pii/health': health,
  'pii/homeless-status': homelessStatus,
  'pii/immigration-status': immigrationStatus,
  'pii/ip-address': ipAddress,
  'pii/online-identifier': onlineIdentifier,
  'pii/payment-card': paymentCard,
  'pii/person-name': personName,
  'pii/phone': phone,
  'pii/phone-element': phoneElement,
  'pii/photo-video': photoVideo,
  'pii/protected-survey-topic': protectedSurveyTopic,
  'pii/race-ethnicity': raceEthnicity,
  'pii/ssn': ssn,
  'pii/ssn-element': ssnElement,
  'pii/street-address': streetAddress,
  'pii/student-id': studentId,
  'pii/student-id-value': studentIdValue,
  'pii/student-name': studentName,
};
