import { describe, expect, it } from 'vitest';
import {
  PARAGRAPH_IDS,
  PARTS,
  isParagraphId,
  labelIdsIn,
  paragraphLabel,
  partOfParagraph,
  parseSentenceId,
} from './ids.ts';

describe('paragraph ids', () => {
  it('lists the 77 published ids in source order', () => {
    expect(PARAGRAPH_IDS).toHaveLength(77);
    expect(PARAGRAPH_IDS.slice(0, 8)).toEqual(['pre-1', 'pre-2', 'pre-3', 'pre-4', 'pre-5', 'pre-6', 'pre-7', 's1-1']);
    expect(PARAGRAPH_IDS.slice(-3)).toEqual(['s5-13', 'closing', 'signatures']);
    expect(new Set(PARAGRAPH_IDS).size).toBe(77);
  });

  it('gives each section the number of paragraphs the statement has', () => {
    const counts = Object.fromEntries(PARTS.map((p) => [p.slug, p.ids.length]));
    expect(counts).toEqual({
      preamble: 7,
      'section-1': 10,
      'section-2': 10,
      'section-3': 13,
      'section-4': 22,
      'section-5': 13,
      closing: 2,
    });
  });

  it('knows which part a paragraph belongs to', () => {
    expect(partOfParagraph('s4-22').slug).toBe('section-4');
    expect(partOfParagraph('signatures').slug).toBe('closing');
    expect(isParagraphId('s2-11')).toBe(false);
    expect(isParagraphId('S2-1')).toBe(false);
    expect(() => partOfParagraph('s9-1')).toThrow(/Unknown paragraph id/);
  });

  it('labels paragraphs the way readers cite them', () => {
    expect(paragraphLabel('s2-5', 'en')).toBe('II.5');
    expect(paragraphLabel('s2-5', 'zh')).toBe('二.5');
    expect(paragraphLabel('s4-22', 'en')).toBe('IV.22');
    expect(paragraphLabel('pre-3', 'en')).toBe('Pre.3');
    expect(paragraphLabel('pre-3', 'zh')).toBe('序.3');
    expect(paragraphLabel('closing', 'zh')).toBe('结尾');
    expect(paragraphLabel('signatures', 'en')).toBe('Signatures');
  });
});

describe('labelIdsIn', () => {
  it('turns ids written in prose into the labels readers cite', () => {
    expect(labelIdsIn('s2-5 says so; see also pre-1 and s4-22.3.', 'en')).toBe(
      'II.5 says so; see also Pre.1 and IV.22.3.',
    );
    expect(labelIdsIn('第二部分s2-5', 'zh')).toBe('第二部分二.5');
    expect(labelIdsIn('s9-1 and class-2', 'en')).toBe('s9-1 and class-2');
  });
});

describe('sentence ids', () => {
  it('split into the paragraph and the sentence number', () => {
    expect(parseSentenceId('s4-5.1')).toEqual({ paragraph: 's4-5', sentence: 1 });
    expect(parseSentenceId('closing.1')).toEqual({ paragraph: 'closing', sentence: 1 });
    expect(parseSentenceId('s4-5')).toBeUndefined();
    expect(parseSentenceId('s9-1.1')).toBeUndefined();
    expect(parseSentenceId('s4-5.0')).toBeUndefined();
  });
});
