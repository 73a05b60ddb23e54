import { describe, expect, it } from 'vitest';
import { fill } from './fill.ts';

describe('fill', () => {
  it('puts each value in its placeholder and leaves unknown ones', () => {
    expect(fill('{n} results for “{q}”', { n: '3', q: 'energy' })).toBe('3 results for “energy”');
    expect(fill('Nothing contains “{q}”.', {})).toBe('Nothing contains “{q}”.');
  });

  it('inserts a query with $ patterns as typed', () => {
    for (const q of ["$'", '$`', '$&', '$1', '$$', "a$'b$&c"]) {
      expect(fill('Nothing contains “{q}”.', { q })).toBe(`Nothing contains “${q}”.`);
    }
  });
});
