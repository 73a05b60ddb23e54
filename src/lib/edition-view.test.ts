import { describe, expect, it } from 'vitest';
import { neighbours, partHeading } from './edition-view.ts';

describe('partHeading', () => {
  it('puts the numeral before the subject the way each language writes a numbered heading', () => {
    expect(partHeading('section-2', 'en', { title: 'II', subject: 'Political relations and mutual trust' })).toBe(
      'II. Political relations and mutual trust',
    );
    expect(partHeading('section-2', 'zh', { title: '二', subject: '政治关系与互信' })).toBe('二、政治关系与互信');
  });

  it('joins an unnumbered part’s name and subject with a colon', () => {
    expect(partHeading('preamble', 'en', { title: 'Preamble', subject: 'Purpose' })).toBe('Preamble: Purpose');
    expect(partHeading('closing', 'zh', { title: '结尾', subject: '签署与作准文本' })).toBe('结尾：签署与作准文本');
  });
});

describe('neighbours', () => {
  it('knows the parts before and after', () => {
    expect(neighbours('preamble')).toEqual({ previous: undefined, next: 'section-1' });
  });
});
