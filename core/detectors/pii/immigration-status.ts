import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'immigration-status',
  terms: /\b(?:immigration\s+status|citizenship(?:\s+status)?|country\s+of\s+birth|birth\s+country|visa\s+status|refugee\s+status|years?\s+in\s+U\.?S\.?\s+schools)\b/gi,
  header: /immigra|citizen|country\s*of\s*birth|visa/i,
});
