import { testDetector } from '../../testing/detector-tester';
import englishLearner from './english-learner';

testDetector(englishLearner, {
  valid: [
    "The newsletter is printed in English.",
  ],
  invalid: [
    { text: "The Board will provide English Language Learner (ELL) status.", findings: [
      { quote: "English Language Learner (ELL)", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
