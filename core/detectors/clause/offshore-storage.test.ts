import { testDetector } from '../../testing/detector-tester';
import offshoreStorage from './offshore-storage';

testDetector(offshoreStorage, {
  valid: [
    "Provider will not store student data outside the United States.",
  ],
  invalid: [
    { text: "Your information may be transferred to and stored in countries other than the one you live in.", findings: [{ quote: "Your information may be transferred to and stored in countries other than the one you live in.", messageId: 'abroad' }] },
  ],
});
