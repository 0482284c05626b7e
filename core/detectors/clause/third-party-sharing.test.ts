import { testDetector } from '../../testing/detector-tester';
import thirdPartySharing from './third-party-sharing';

testDetector(thirdPartySharing, {
  valid: [
    "A state law lets residents ask a business once a year which companies it gave their personal information to for marketing.",
    "State Civil Code section 1798.83 requires some businesses to tell residents which third parties received their information.",
    // a negation covers every verb it coordinates, and a "shall not:" lead every item of its list
    "Provider will not sell, rent, or pass student information to outside companies.",
    "Provider shall not:\n- (a) rent or trade student records to any third party;\n- (b) use them for advertising.",
    "None of the students' information is given to other organizations without the school's consent.",
    "A family may prohibit us from sharing its child's information with third parties.",
    // consent or a merger makes it another matter; a heading states nothing
    "We may pass your information to a partner app with your permission.",
    "If our company is acquired, student data may be transferred to the buyer and its affiliates.",
    "#### How we share information with service providers",
    "Provider does not share student data with advertisers.",
    "The District provides information to parents about bus routes.",
    "The Provider will not disclose student data to any third party.",
    "The Provider may share data with subprocessors that are bound by terms at least as protective as this Agreement.",
    "The District may share its own reports with community partners.",
    // an item naming who gets the data needs a lead that hands it over
    "Our team answers questions:\n- to parents and other families by phone",
  ],
  invalid: [
    {
      text: "We may pass along the information you enter:\n- To firms that run our servers\n- To sponsors of school contests",
      findings: [
        { quote: "- To firms that run our servers", messageId: 'listed' },
        { quote: "- To sponsors of school contests", messageId: 'listed' },
      ],
    },
    { text: "The app integrates with the following third-party services to send reminders about class data.", findings: [{ quote: "The app integrates with the following third-party services to send reminders about class data.", messageId: 'processors' }] },
    { text: "The School approves the Vendor's use of the following subprocessors for student data.", findings: [{ quote: "The School approves the Vendor's use of the following subprocessors for student data.", messageId: 'processors' }] },
    {
      // the rows of a list spell out the practice its lead states: one practice, every place of it
      text: "We work with the following subprocessors:\n- Acme Cloud, for hosting\n- Mailbird, for email delivery\n- with your consent, a partner app you choose",
      findings: [
        { quote: "We work with the following subprocessors:", messageId: 'processors' },
        { quote: "- Acme Cloud, for hosting", messageId: 'processors' },
        { quote: "- Mailbird, for email delivery", messageId: 'processors' },
      ],
    },
    { text: "We share the information you give us with firms that host our servers.", findings: [{ quote: "We share the information you give us with firms that host our servers.", messageId: 'provides' }] },
    { text: "Our company relies on outside vendors to store and process student records.", findings: [{ quote: "Our company relies on outside vendors to store and process student records.", messageId: 'processors' }] },
    { text: "The company provides personal information to our partners, vendors and affiliated organizations to process it for us.", findings: [{ quote: "The company provides personal information to our partners, vendors and affiliated organizations to process it for us.", messageId: 'provides' }] },
    { text: "We do not share student data with third parties other than as described in our Privacy Policy.", findings: [{ quote: "We do not share student data with third parties other than as described in our Privacy Policy.", messageId: 'exceptions' }] },
    { text: "NCSR may share the data with its subcontractors, consultants, affiliates and funders as it sees fit.", findings: [{ quote: "NCSR may share the data with its subcontractors, consultants, affiliates and funders as it sees fit.", messageId: 'share' }] },
    { text: "We may disclose your information to our business partners and affiliates.", findings: [{ quote: "We may disclose your information to our business partners and affiliates.", messageId: 'share' }] },
  ],
});
