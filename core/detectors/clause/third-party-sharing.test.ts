import { testDetector } from '../../testing/detector-tester';
import thirdPartySharing from './third-party-sharing';

testDetector(thirdPartySharing, {
  valid: [
    "Provider does not share student data with advertisers.",
    "The District provides information to parents about bus routes.",
    "The Provider will not disclose student data to any third party.",
    "The Provider may share data with subprocessors that are bound by terms at least as protective as this Agreement.",
    "The District may share its own reports with community partners.",
  ],
  invalid: [
    { text: "The company provides personal information to our partners, vendors and affiliated organizations to process it for us.", findings: [{ quote: "The company provides personal information to our partners, vendors and affiliated organizations to process it for us.", messageId: 'provides' }] },
    { text: "We do not share student data with third parties other than as described in our Privacy Policy.", findings: [{ quote: "We do not share student data with third parties other than as described in our Privacy Policy.", messageId: 'exceptions' }] },
    { text: "NCSR may share the data with its subcontractors, consultants, affiliates and funders as it sees fit.", findings: [{ quote: "NCSR may share the data with its subcontractors, consultants, affiliates and funders as it sees fit.", messageId: 'share' }] },
    { text: "We may disclose your information to our business partners and affiliates.", findings: [{ quote: "We may disclose your information to our business partners and affiliates.", messageId: 'share' }] },
  ],
});
