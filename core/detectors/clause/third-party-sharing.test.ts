import { testDetector } from '../../testing/detector-tester';
import thirdPartySharing from './third-party-sharing';

testDetector(thirdPartySharing, {
  valid: [
    "The Provider will not disclose student data to any third party.",
    "The Provider may share data with subprocessors that are bound by terms at least as protective as this Agreement.",
    "The District may share its own reports with community partners.",
  ],
  invalid: [
    { text: "NCSR may share the data with its subcontractors, consultants, affiliates and funders as it sees fit.", findings: [{ quote: "NCSR may share the data with its subcontractors, consultants, affiliates and funders as it sees fit.", messageId: 'share' }] },
    { text: "We may disclose your information to our business partners and affiliates.", findings: [{ quote: "We may disclose your information to our business partners and affiliates.", messageId: 'share' }] },
  ],
});
