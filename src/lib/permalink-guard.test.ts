import { describe, expect, it } from 'vitest';
import { newPermalinks, permalinkProblems } from './permalink-guard.ts';

const snapshot = { 's2-5': '/statement/section-2/#s2-5', 's2-6': '/statement/section-2/#s2-6' };

describe('the permalink guard', () => {
  it('accepts a build that keeps every published id where it was', () => {
    expect(permalinkProblems(snapshot, { ...snapshot, 's2-7': '/statement/section-2/#s2-7' })).toEqual([]);
    expect(newPermalinks(snapshot, { ...snapshot, 's2-7': '/statement/section-2/#s2-7' })).toEqual(['s2-7']);
  });

  it('names a dropped or renamed id', () => {
    const [problem] = permalinkProblems(snapshot, { 's2-5': snapshot['s2-5'], 's2-6b': '/statement/section-2/#s2-6b' });
    expect(problem).toMatch(/“s2-6” was published .* missing from this build/);
  });

  it('names an id that moved to another address', () => {
    const [problem] = permalinkProblems(snapshot, { ...snapshot, 's2-6': '/statement/section-3/#s2-6' });
    expect(problem).toMatch(/“s2-6” moved from \/statement\/section-2\/#s2-6 to \/statement\/section-3\/#s2-6/);
  });
});
