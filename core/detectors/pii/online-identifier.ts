import { defineElementDetector } from '../../elements';

export default defineElementDetector({
  category: 'online-identifier',
  terms: /\b(?:IP\s+address(?:es)?|device\s+(?:identifiers?|ids?)|cookies|usernames?|user\s+names?|log-?in\s+(?:credentials|names?|ids?)|passwords?|screen\s+names?|MAC\s+address(?:es)?|advertising\s+(?:identifiers?|ids?)|persistent\s+identifiers?|unique\s+identifiers?\s+(?:to|for)\s+(?:you|each\s+user|users|your\s+(?:account|device|browser))|browser\s+(?:type|version)|web\s+beacons?|pixel\s+tags?|clear\s+gifs?|(?:pseudonymous|online|account|user|player)\s+(?:identifiers?|ids?)|UUIDs?|log\s+(?:data|files)|nicknames?|(?:account\s+)?credentials)\b/gi,
  header: /user\s*name|login|^ip(?:\s*address)?$|device\s*id|password/i,
});
