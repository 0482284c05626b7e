import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'academic-record',
  terms: /\b(?:(?:state\s+)?(?:test|assessment|exam)\s+(?:scores?|results)|assessment\s+data|transcripts?|report\s+cards?|GPA|grade\s+point\s+averages?|course\s+(?:grades|marks|history)|academic\s+(?:records?|performance|history)|standardi[sz]ed\s+test(?:\s+scores?|s)?|reading\s+(?:levels?|scores?)|math\s+scores?)\b/gi,
  header: /score|^GPA$|grade\s*point|assessment|proficiency|reading\s*level/i,
});
