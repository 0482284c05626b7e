import { testDetector } from '../../testing/detector-tester';
import disabilityIep from './disability-iep';

testDetector(disabilityIep, {
  valid: [
    "The district does not discriminate on the basis of disability.",
  ],
  invalid: [
    { text: "designation of students with IEPs and their federal disability and placement status", findings: [
      { quote: "IEPs", messageId: 'requested', context: 'requested' },
      { quote: "federal disability", messageId: 'requested', context: 'requested' },
    ] },
    { text: "The Board will provide special education status (IEP) and 504 plan.", findings: [
      { quote: "special education status", messageId: 'requested', context: 'requested' },
      { quote: "504 plan", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
