import { testDetector } from '../../testing/detector-tester';
import immigrationStatus from './immigration-status';

testDetector(immigrationStatus, {
  valid: [
    "Schools may not ask about a student's immigration status.",
  ],
  invalid: [
    { text: "The district will provide country of birth for newcomer students.", findings: [
      { quote: "country of birth", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
