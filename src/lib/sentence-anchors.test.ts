import { describe, expect, it } from 'vitest';
import { withSentenceAnchors } from './sentence-anchors.ts';

describe('withSentenceAnchors', () => {
  it('gives each sentence span its id, leaving other spans alone', () => {
    const html = '<span class="s" data-s="s2-5.1">A.</span> <span class="ref" data-ref="x">B</span>';
    expect(withSentenceAnchors(html)).toBe(
      '<span class="s" id="s2-5.1" data-s="s2-5.1">A.</span> <span class="ref" data-ref="x">B</span>',
    );
  });
});
