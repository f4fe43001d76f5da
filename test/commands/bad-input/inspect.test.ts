import { describe, it } from 'vitest';
import { READING_VERBS, casesFor, expectPlannedAnswer } from '../../support/bad-input-verbs.js';

const verb = READING_VERBS['inspect'];

describe('bad inputs through `clubcrm inspect`', () => {
  it.each(casesFor(verb))('$name', (c) => expectPlannedAnswer(verb, c));
});
