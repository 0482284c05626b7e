import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'address',
  terms: /\b(?:(?:home|street|mailing|residential|physical|postal)\s+address(?:es)?|address(?:es)?\s+of\s+(?:the\s+)?(?:students?|parents?|famil\w+)|(?:student|parent|family)(?:'s)?\s+(?:home\s+)?address(?:es)?|your\s+(?:postal\s+|mailing\s+|home\s+)?address)\b/gi,
  listed: /\b(?:postal\s+)?address\b/gi,
  header: /^(?:(?:home|street|mailing|student)\s*)?address(?:\s*line\s*\d)?$|^street$|^zip(?:\s*code)?$/i,
});
