import { testDetector } from '../../testing/detector-tester';
import targetedAdvertising from './targeted-advertising';

testDetector(targetedAdvertising, {
  valid: [
    "Provider will not use student data for targeted advertising.",
    "The Provider shall not display ads to students.",
  ],
  invalid: [
    { text: "We may use this information to serve you personalized ads.", findings: [{ quote: "We may use this information to serve you personalized ads.", messageId: 'ads' }] },
  ],
});
