import { describe, expect, it } from 'vitest';
import { notesByParagraph, sentenceLabel } from './notes.ts';

const note = (id: string, sentence: string) => ({ id, sentence, en: 'e', zh: 'z' });

describe('translator’s notes', () => {
  it('label sentences the way they are cited', () => {
    expect(sentenceLabel('s2-5.2', 'en')).toBe('II.5.2');
    expect(sentenceLabel('pre-3.1', 'zh')).toBe('序.3.1');
    expect(sentenceLabel('closing.1', 'en')).toBe('Closing.1');
  });

  it('are grouped by the paragraph of their sentence', () => {
    const map = notesByParagraph(
      [note('a', 's2-5.2'), note('b', 's2-5.1'), note('c', 's1-2.1')],
      new Set(['s2-5.1', 's2-5.2', 's1-2.1']),
    );
    expect(map.get('s2-5')?.map((n) => n.id)).toEqual(['a', 'b']);
    expect(map.get('s1-2')?.map((n) => n.id)).toEqual(['c']);
  });

  it('refuse a note tied to a sentence the text does not have', () => {
    expect(() => notesByParagraph([note('x', 's2-5.9')], new Set(['s2-5.1']))).toThrow(
      /note “x” names sentence “s2-5.9”/,
    );
  });
});
