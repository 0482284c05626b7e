import { testDetector } from '../../testing/detector-tester';
import indefiniteRetention from './indefinite-retention';

testDetector(indefiniteRetention, {
  valid: [
    "The Provider will not retain student data after termination.",
    "The District will keep its records as required by state law.",
  ],
  invalid: [
    { text: "NCSR may retain the data after termination for its records.", findings: [{ quote: "NCSR may retain the data after termination for its records.", messageId: 'keep' }] },
    { text: "We may keep your information indefinitely.", findings: [{ quote: "We may keep your information indefinitely.", messageId: 'keep' }] },
  ],
});
