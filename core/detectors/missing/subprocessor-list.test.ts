import { testDetector } from '../../testing/detector-tester';
import subprocessorList from './subprocessor-list';

testDetector(subprocessorList, {
  valid: [
    { text: 'The Operator will give the School a list of the third parties that receive covered information each July and January.', status: 'present' },
    { text: 'Data may be shared only with the subprocessors listed in Exhibit C.', status: 'present' },
  ],
  invalid: [
    { text: 'The Operator may share covered information with its affiliates and partners.', status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
