import { defineClauseDetector } from '../../clauses';

// Who the data goes to, and the verbs that send it: lexicons from the variety of the real corpus.
const COUNTERPARTY =
  '(?:third[- ]part(?:y|ies)|sub-?contractors?|sub-?processors?|affiliates|affiliated\\s+(?:companies|entities|businesses|organi[sz]ations|parties)|(?:business\\s+|advertising\\s+|marketing\\s+)?partners|vendors|(?:\\w+\\s+)?service\\s+providers|providers|consultants|contractors|funders|sponsors|advertisers|(?:other\\s+)?(?:companies|organi[sz]ations|entities|businesses|firms)|colleges|universities|researchers|agents|others)';
const SEND =
  '(?:share[sd]?|sharing|disclose[sd]?|disclosing|provide[sd]?|providing|transfer(?:s|red|ring)?|transmit(?:s|ted|ting)?|sell|sells|sold|rent(?:s|ed)?|lease[sd]?|release[sd]?|give[sn]?|gave|pass(?:es|ed)?|exchang(?:e|es|ed|ing)|make\\s+(?:\\w+\\s+)?available|made\\s+available|furnish(?:es|ed)?)';

// The companies that work for the recipient, named as a kind.
const PROCESSORS =
  '(?:third[- ]party\\s+)?(?:service\\s+providers|sub-?processors?|sub-?contractors|vendors|hosting\\s+(?:providers|partners)|(?:tracking|analytics|hosting|technology)\\s+(?:utility\\s+)?(?:partners|providers|services)|(?:companies|firms|organi[sz]ations|individuals)(?:\\s+and\\s+individuals)?\\s+(?:that|who|to)\\b|third[- ]party\\s+(?:services|companies|providers|tools)|other\\s+companies)';

export default defineClauseDetector({
  category: 'third-party-sharing',
  scored: 'The sentence reads as passing student data to other companies or people.',
  aboutData: true,
  // Safe after all: bound by the same terms, only with consent or only as needed; a merger, which is
  // transfer-on-sale; or a notice of what a law lets people ask ("Shine the Light" lets residents request...).
  unless:
    /\b(?:bound\s+by|at\s+least\s+as\s+(?:protective|stringent|restrictive)|same\s+(?:terms|obligations|restrictions|conditions)|written\s+(?:consent|approval)\s+of\s+the\s+(?:District|LEA|Board|School)|with\s+(?:your|their|the\s+(?:user|parent|school|district)'s|parental|prior|express|the\s+prior)\s+(?:\w+\s+){0,2}?(?:consent|permission|authori[sz]ation)|only\s+(?:with|to|when|if|as\s+(?:needed|necessary))\b|merger|acquisition|acquired|bankruptcy|reorgani[sz]ation|change\s+of\s+control|(?:law|code|statute|act)\b(?:[^.;]|\.\d){0,40}\b(?:requires|permits|provides\s+that|entitles|allows|gives)\b|rights?\s+to\s+(?:know|request|obtain|ask))/i,
  rules: {
    share: {
      pattern: new RegExp(
        `\\b(?:may|can|might|will|shall|would|could|reserves?\\s+the\\s+right\\s+to|(?:is|are|shall\\s+be)\\s+(?:permitted|entitled|allowed|authori[sz]ed|free)\\s+to)\\s+(?:\\w+\\s+){0,4}?${SEND}\\b[^.;]{0,160}?\\b${COUNTERPARTY}\\b`,
        'gi',
      ),
      message: "The recipient may pass student data on to third parties such as subcontractors, affiliates or funders.",
    },
    provides: {
      // stated as what happens, with no modal: "we share your information with service providers"
      pattern: new RegExp(
        `\\b${SEND}\\s+(?:[\\w'-]+\\s+){0,5}?(?:information|data|records|details|content)\\s+(?:[\\w-]+\\s+){0,4}?(?:to|with)\\s+(?:[\\w-]+,?\\s+){0,4}?${COUNTERPARTY}\\b`,
        'gi',
      ),
      message: "The recipient passes student data on to partners, vendors or affiliates.",
    },
    processors: {
      // "firms that do work for us", "integrates with the following third-party services", "approves Vendor's
      // use of the following Subprocessors": the recipient hands the work, and so the data, to other companies
      pattern: new RegExp(
        `\\b(?:use[sd]?|using|use\\s+of|engag(?:e|es|ed|ing)|retain(?:s|ed)?|rel(?:y|ies)\\s+on|works?\\s+with|partners?\\s+with|integrates?\\s+with|contracts?\\s+with|employs?|hires?)\\s+(?:(?:the\\s+following|certain|trusted|other|outside|selected|a\\s+number\\s+of|any\\s+new|new|some)\\s+)*(?:technologies\\s+from\\s+)?${PROCESSORS}`,
        'gi',
      ),
      message: 'The recipient uses other companies (service providers, subprocessors) that receive student data.',
    },
    listed: {
      // an item under "We may share your information:" that names who gets it: "- To our hosting providers"
      pattern: new RegExp(`^\\W*(?:\\(?[a-z0-9]{1,3}[.)]\\s*)?(?:to|with)\\s+(?:our|the|other|certain|any)?\\s*(?:[\\w-]+\\s+){0,3}?${COUNTERPARTY}\\b`, 'gi'),
      lead: new RegExp(`\\b${SEND}\\b`, 'i'),
      message: 'The recipient passes student data on to the parties this list names.',
    },
    exceptions: {
      pattern: /\b(?:not|never)\s+(?:\w+\s+){0,2}?(?:share|disclose|provide|transfer|sell)\b[^.;]{0,100}?\b(?:third[- ]part(?:y|ies)|affiliat\w+|partners)\b[^.;]{0,60}?\b(?:other\s+than\s+as\s+(?:described|set\s+forth|provided)\s+in|except\s+(?:as\s+described\s+in|to\s+the\s+extent\s+necessary))/gi,
      message: "The promise not to share student data has an exception as wide as the recipient's own policies.",
      negative: true,
    },
  },
});
