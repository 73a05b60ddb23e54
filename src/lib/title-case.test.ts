import { describe, expect, it } from 'vitest';
import { headlineCase, sentenceCase } from './title-case.ts';

describe('title case per style', () => {
  it('Chicago headline case: major words up, articles, prepositions and conjunctions down', () => {
    expect(headlineCase('China–Kazakhstan Joint Statement 2022: A bilingual reading edition')).toBe(
      'China–Kazakhstan Joint Statement 2022: A Bilingual Reading Edition',
    );
    expect(headlineCase('joint statement on the 30th anniversary of the establishment of diplomatic relations')).toBe(
      'Joint Statement on the 30th Anniversary of the Establishment of Diplomatic Relations',
    );
    expect(headlineCase('a study between the lines: of and for')).toBe('A Study between the Lines: Of and For');
  });

  it('APA sentence case: the first word, the first after a colon and proper nouns', () => {
    expect(sentenceCase('China–Kazakhstan Joint Statement 2022: A Bilingual Reading Edition')).toBe(
      'China–Kazakhstan joint statement 2022: A bilingual reading edition',
    );
    expect(
      sentenceCase(
        "Joint Statement on the 30th Anniversary of the Establishment of Diplomatic Relations between the People's Republic of China and the Republic of Kazakhstan",
      ),
    ).toBe(
      "Joint statement on the 30th anniversary of the establishment of diplomatic relations between the People's Republic of China and the Republic of Kazakhstan",
    );
  });
});
