import { describe, expect, it } from 'vitest';
import { highlight, highlightCss } from './highlight.ts';

describe('highlight', () => {
  it('colours code with classes, never inline styles, and provides their CSS', async () => {
    const html = await highlight('{ "id": "s2-5" }', 'json');
    expect(html).toMatch(/^<pre class="shiki shiki-themes github-light github-dark/);
    expect(html).not.toMatch(/style="/);
    expect(html).toMatch(/class="sk-[a-z0-9]+"/);
    const css = highlightCss();
    const used = [...html.matchAll(/class="(sk-[a-z0-9]+)"/g)].map((m) => m[1]);
    for (const name of used) expect(css).toContain(`.${name}`);
    expect(css).toMatch(/--shiki-light/);
  });
});
