import { testDetector } from '../../testing/detector-tester';
import targetedAdvertising from './targeted-advertising';

testDetector(targetedAdvertising, {
  valid: [
    "The Provider will not use student data to build profiles or to target advertising.",
    "The school newsletter carries advertising from local businesses.",
    "Provider will not use student data for targeted advertising.",
    "The Provider shall not display ads to students.",
  ],
  invalid: [
    { text: "We use the information for advertising purposes and to show advertisements customized for each visitor.", findings: [{ quote: "We use the information for advertising purposes and to show advertisements customized for each visitor.", messageId: 'ads' }] },
    { text: "Our systems combine usage data to build a profile of each learner.", findings: [{ quote: "Our systems combine usage data to build a profile of each learner.", messageId: 'profiles' }] },
    { text: "We may use this information to serve you personalized ads.", findings: [{ quote: "We may use this information to serve you personalized ads.", messageId: 'ads' }] },
  ],
});
