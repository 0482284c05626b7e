import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'health',
  terms: /\b(?:health\s+(?:records?|information|conditions?|data)|medical\s+(?:records?|information|conditions?|history)|immuni[sz]ations?|vaccinations?|medications?|allerg(?:y|ies)|mental\s+health\s+(?:records?|information|services|status)|diagnos(?:is|es)|nurse\s+visits?|counseling\s+records?)\b/gi,
  header: /health|medical|immuni|allerg|medication|diagnos/i,
});
