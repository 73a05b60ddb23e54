import { describe, expect, it } from 'vitest';
import { partName } from './index.ts';

// An edition with more sections than the published one (an imported statement, the scale bench's synthetic ones).
const parts = [
  { slug: 'preamble', kind: 'preamble' as const, order: 0 },
  ...Array.from({ length: 12 }, (_, i) => ({ slug: `section-${i + 1}`, kind: 'section' as const, order: i + 1 })),
  { slug: 'closing', kind: 'closing' as const, order: 13 },
];

describe('partName', () => {
  it('gives the dictionary’s own name for the published parts', () => {
    expect(partName('en', 'section-2', parts)).toBe('Section II');
    expect(partName('zh', 'section-2', parts)).toBe('第二部分');
    expect(partName('zh', 'preamble', parts)).toBe('序言');
    expect(partName('en', 'closing', parts)).toBe('Closing');
  });

  it('names a section beyond them with its number as each interface writes it', () => {
    expect(partName('en', 'section-12', parts)).toBe('Section XII');
    expect(partName('zh', 'section-12', parts)).toBe('第十二部分');
    expect(partName('en', 'section-6', parts)).toBe('Section VI');
  });
});
