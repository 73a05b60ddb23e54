import { describe, expect, it } from 'vitest';
import {
  IdFormatError,
  SENTENCE_ID_PATTERN,
  firstIdOfFragment,
  isWellFormedParagraphId,
  isWellFormedSentenceId,
  numberedId,
  parseNumberedId,
  parseRangeFragment,
  looksLikeRange,
  paragraphOfSentence,
  parseSentenceId,
  rangeEnds,
  rangeFragment,
  replaceIdsInText,
  sectionPrefix,
  sentenceId,
  sentenceNumber,
} from './id-format.ts';

describe('paragraph ids', () => {
  it('are built from a prefix and a number, as the published ids are written', () => {
    expect(numberedId('pre', 3)).toBe('pre-3');
    expect(numberedId(sectionPrefix('s', 2), 5)).toBe('s2-5');
    expect(numberedId('s4', 22)).toBe('s4-22');
  });

  it('parse back into prefix and number; named ids have no number', () => {
    expect(parseNumberedId('s4-22')).toEqual({ prefix: 's4', number: 22 });
    expect(parseNumberedId('pre-1')).toEqual({ prefix: 'pre', number: 1 });
    expect(parseNumberedId('closing')).toBeUndefined();
    expect(parseNumberedId('s2-05')).toBeUndefined();
    expect(parseNumberedId('s2-0')).toBeUndefined();
  });

  it('accept the published forms and reject what a typo or a sentence id looks like', () => {
    for (const id of ['pre-1', 's1-10', 's5-13', 'closing', 'signatures'])
      expect(isWellFormedParagraphId(id)).toBe(true);
    for (const id of ['S2-5', 's2-5.2', 's2_5', '2-5', 's2-', '', 'closing ']) {
      expect(isWellFormedParagraphId(id)).toBe(false);
    }
  });

  it('refuse to build an id that could not be parsed back', () => {
    expect(() => numberedId('s2', 0)).toThrow(IdFormatError);
    expect(() => numberedId('s2', 1.5)).toThrow(IdFormatError);
    expect(() => numberedId('S-2', 1)).toThrow(/not an id prefix/);
  });
});

describe('sentence ids', () => {
  it('are the paragraph id, a dot and the sentence number', () => {
    expect(sentenceId('s2-5', 2)).toBe('s2-5.2');
    expect(sentenceId('closing', 1)).toBe('closing.1');
  });

  it('parse into paragraph and number', () => {
    expect(parseSentenceId('s2-5.2')).toEqual({ paragraph: 's2-5', number: 2 });
    expect(parseSentenceId('s4-22.13')).toEqual({ paragraph: 's4-22', number: 13 });
    expect(parseSentenceId('closing.1')).toEqual({ paragraph: 'closing', number: 1 });
  });

  it('reject paragraph ids, ranges and malformed numbers', () => {
    for (const id of ['s2-5', 's2-5.', 's2-5.0', 's2-5.2.1', 's2-5..s2-7', '.2']) {
      expect(parseSentenceId(id)).toBeUndefined();
      expect(isWellFormedSentenceId(id)).toBe(false);
    }
    expect(() => sentenceId('s2-5.1', 2)).toThrow(IdFormatError);
  });

  it('have a pattern for schemas that accepts and rejects what the parser does', () => {
    const pattern = new RegExp(`^${SENTENCE_ID_PATTERN}$`);
    for (const id of ['s2-5.2', 'closing.1', 's4-22.13', 's2-5', 's2-5.0', 's2-5.2.1', 'S2-5.1', 'a-b.1']) {
      expect(pattern.test(id), id).toBe(isWellFormedSentenceId(id));
    }
    expect(pattern.test('s2-5.2')).toBe(true);
  });

  it('name their paragraph and their number', () => {
    expect(paragraphOfSentence('s2-5.2')).toBe('s2-5');
    expect(paragraphOfSentence('s4-22.13')).toBe('s4-22');
    expect(paragraphOfSentence('closing.1')).toBe('closing');
    expect(sentenceNumber('s2-5.2')).toBe(2);
    expect(sentenceNumber('s4-22.13')).toBe(13);
  });

  it('refuse to name the paragraph of what is not a sentence id', () => {
    for (const id of ['s2-5', 's2-5.0', 's2-5..s2-7', '']) {
      expect(() => paragraphOfSentence(id)).toThrow(IdFormatError);
      expect(() => sentenceNumber(id)).toThrow(/not a sentence id/);
    }
  });
});

describe('ids in running text', () => {
  const mark = (text: string) =>
    replaceIdsInText(text, (paragraph, sentence) => `[${paragraph}${sentence === undefined ? '' : `|${sentence}`}]`);

  it('finds numbered paragraph and sentence ids, and leaves the rest of the text alone', () => {
    expect(mark('s2-5 says so; see s4-5.1 and pre-3.')).toBe('[s2-5] says so; see [s4-5|1] and [pre-3].');
    expect(mark('s4-22.13, then s1-10')).toBe('[s4-22|13], then [s1-10]');
  });

  it('leaves named ids, which are ordinary words, and look-alikes unmarked', () => {
    expect(mark('the closing and the signatures')).toBe('the closing and the signatures');
    expect(mark('S2-5, s2-05, abc')).toBe('S2-5, s2-05, abc');
  });

  it('hands over the id as written, so a caller can keep an unknown one unchanged', () => {
    expect(replaceIdsInText('see s9-99.2', (_p, _s, written) => written.toUpperCase())).toBe('see S9-99.2');
  });
});

describe('ranges', () => {
  it('join the first and last id with two dots; one paragraph is just its id', () => {
    expect(rangeFragment('s2-5', 's2-7')).toBe('s2-5..s2-7');
    expect(rangeFragment('s2-9', 's3-2')).toBe('s2-9..s3-2');
    expect(rangeFragment('s2-5', 's2-5')).toBe('s2-5');
  });

  it('parse from a fragment with or without # and percent-encoding', () => {
    expect(parseRangeFragment('#s2-5..s2-7')).toEqual({ first: 's2-5', last: 's2-7' });
    expect(parseRangeFragment('s4-21..closing')).toEqual({ first: 's4-21', last: 'closing' });
    expect(parseRangeFragment('#s2-5%2E%2Es2-7')).toEqual({ first: 's2-5', last: 's2-7' });
  });

  it('reject fragments that are not two paragraph ids', () => {
    for (const fragment of [
      '#s2-5',
      '#s2-5...s2-7',
      '#s2-5..',
      '#..s2-7',
      '#s2-5..s2-7..s2-9',
      '#s2-5.1..s2-5.3',
      '#%E0',
    ]) {
      expect(parseRangeFragment(fragment)).toBeUndefined();
    }
  });

  it('split a decoded range into its two ends as written, for messages that name the wrong end', () => {
    expect(rangeEnds('s2-5..s2-7')).toEqual({ first: 's2-5', last: 's2-7' });
    expect(rangeEnds('x..s2-7')).toEqual({ first: 'x', last: 's2-7' });
    for (const text of ['s2-5', 's2-5..', '..s2-7', 'a..b..c']) expect(rangeEnds(text)).toBeUndefined();
  });

  it('tell a range fragment from a paragraph or sentence fragment, and name its first id', () => {
    expect(looksLikeRange('s2-5..s2-7')).toBe(true);
    expect(looksLikeRange('s2-5.2')).toBe(false);
    expect(firstIdOfFragment('s2-5..s2-7')).toBe('s2-5');
    expect(firstIdOfFragment('s2-5.2')).toBe('s2-5.2');
    expect(firstIdOfFragment('')).toBe('');
  });

  it('round-trip', () => {
    const fragment = rangeFragment('pre-2', 's1-3');
    expect(parseRangeFragment(`#${fragment}`)).toEqual({ first: 'pre-2', last: 's1-3' });
  });
});
