import { testDetector } from '../../testing/detector-tester';
import protectedSurveyTopic from './protected-survey-topic';

testDetector(protectedSurveyTopic, {
  valid: [
    "Students learned about the political parties in civics class.",
  ],
  invalid: [
    { text: "The survey will ask students about their religious practices and sexual behavior.", findings: [
      { quote: "religious practices", messageId: 'requested', context: 'requested' },
      { quote: "sexual behavior", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
