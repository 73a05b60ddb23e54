import { describe, expect, it } from 'vitest';
import { formatRange, parseRange, rangeLabel, withinOnePart } from './ranges.ts';

describe('paragraph ranges', () => {
  it('expands a range into the ids between its ends, in source order', () => {
    expect(parseRange('#s2-5..s2-7')).toEqual({ ok: true, ids: ['s2-5', 's2-6', 's2-7'] });
    expect(parseRange('s4-21..s5-2')).toEqual({ ok: true, ids: ['s4-21', 's4-22', 's5-1', 's5-2'] });
    expect(parseRange('s5-13..signatures')).toEqual({ ok: true, ids: ['s5-13', 'closing', 'signatures'] });
  });

  it('refuses what is not a range, with a reason', () => {
    expect(parseRange('s2-7..s2-5')).toEqual({ ok: false, reason: 's2-5 comes before s2-7' });
    const unknown = parseRange('s2-5..s2-11');
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.reason).toMatch(/unknown paragraph id “s2-11”/);
    expect(parseRange('s2-5').ok).toBe(false);
    expect(parseRange('s2-5..s2-6..s2-7').ok).toBe(false);
  });

  it('labels a range the way it is cited', () => {
    expect(rangeLabel(['s2-5', 's2-6', 's2-7'], 'en')).toBe('II.5–7');
    expect(rangeLabel(['s2-5', 's2-6', 's2-7'], 'zh')).toBe('二.5–7');
    expect(rangeLabel(['s4-22', 's5-1'], 'en')).toBe('IV.22–V.1');
    expect(rangeLabel(['s3-1'], 'en')).toBe('III.1');
    expect(formatRange('s2-5', 's2-7')).toBe('s2-5..s2-7');
  });

  it('knows whether a part page can show the whole range', () => {
    expect(withinOnePart(['s2-5', 's2-6'])).toBe(true);
    expect(withinOnePart(['s4-22', 's5-1'])).toBe(false);
  });
});
