import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'english-learner',
  terms: /\b(?:english\s+(?:language\s+)?learners?(?:\s*\(ELLs?\))?|ELLs?|ELs?(?=\s+(?:status|students?|indicator|program))|LEP|limited\s+english\s+proficien(?:t|cy)|english\s+proficiency\s+(?:status|level)|ESL|ESOL|(?:primary|home|native)\s+language|multilingual\s+learners?)(?!\w)/gi,
  header: /^(?:ELL|EL|LEP|ESL|ESOL|english\s*learner|home\s*language|primary\s*language|native\s*language)(?:\s*(?:status|y\/n|flag|indicator))?$/i,
});
