import { definePatternDetector } from '../../detector';

const STREET =
  'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|trail|trl|square|sq|turnpike|tpke';

export default definePatternDetector({
  category: 'address',
  mode: 'value',
  message: 'A street address appears in the text.',
  patterns: [
    {
      name: 'street address',
      regex: new RegExp(
        `\\b\\d{1,6}[A-Z]?\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][a-z]+\\.?\\s+){1,3}(?:${STREET})\\b\\.?(?:,?\\s+(?:apt|apartment|unit|#)\\.?\\s*[\\w-]{1,6}\\b)?`,
        'gi',
      ),
      // an agreement's own notice address is not student data: only near home or family wording
      score: 0.4,
    },
  ],
  context: ['home', 'address', 'resides', 'residence', 'lives', 'living', 'student', 'parent', 'guardian', 'family', 'mailing', 'pickup', 'bus stop'],
  negativeContext: ['notice', 'notices', 'attn', 'attention', 'principal place', 'office', 'offices', 'headquarters', 'inc', 'llc', 'suite', 'board of education', 'school'],
  window: 50,
});
