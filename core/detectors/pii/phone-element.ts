import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'phone',
  terms: /\b(?:(?:home|cell|mobile|contact|parent|emergency)\s+(?:tele)?phone(?:\s+numbers?)?|(?:tele)?phone\s+numbers?)\b/gi,
  header: /phone|mobile|^cell$/i,
});
