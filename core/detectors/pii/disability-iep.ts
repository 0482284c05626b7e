import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'disability-iep',
  terms: /\b(?:IEPs?|individuali[sz]ed\s+education(?:al)?\s+(?:programs?|plans?)|504\s+plans?|section\s+504\s+(?:status|plans?|eligibility)|special\s+education(?:\s+(?:status|services|placement))?|SPED|disabilit(?:y|ies)\s+(?:status|category|categories|codes?|type)|students?\s+with\s+disabilities|federal\s+disability)\b/gi,
  header: /\bIEP\b|\b504\b|\bsped\b|special\s*ed|disab/i,
});
