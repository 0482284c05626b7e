import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'homeless-status',
  terms: /\b(?:homelessness|homeless\s+(?:status|students?|youth|children|indicator|flag|designation)|McKinney[- ]Vento(?:\s+status)?|unaccompanied\s+(?:homeless\s+)?youth|housing\s+(?:status|insecurity))\b/gi,
  header: /homeless|mckinney|housing/i,
});
