import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'photo-video',
  terms: /\b(?:profile\s+(?:pictures?|images?)|photo(?:graph)?s?(?:\s+of\s+(?:students|children))?|videos?(?:\s+recordings?)?|images?\s+of\s+(?:students|children)|audio\s+recordings?|voice\s+recordings?)\b/gi,
  header: /photo|video|image/i,
});
