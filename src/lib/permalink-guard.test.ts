import { describe, expect, it } from 'vitest';
import { newPermalinks, permalinkProblems, publishedAddresses } from './permalink-guard.ts';

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

describe('published sentence ids', () => {
  const published = publishedAddresses({
    paragraphs: { 's2-5': '/statement/section-2/#s2-5' },
    sentences: {
      's2-5.3': { path: '/statement/section-2/#s2-5.3' },
      's2-5.4': { path: '/statement/section-2/#s2-5.4' },
    },
  });

  it('are guarded like paragraph ids', () => {
    expect(published).toEqual({
      's2-5': '/statement/section-2/#s2-5',
      's2-5.3': '/statement/section-2/#s2-5.3',
      's2-5.4': '/statement/section-2/#s2-5.4',
    });
  });

  it('fail when two sentences are merged and one id vanishes', () => {
    const merged = { 's2-5': '/statement/section-2/#s2-5', 's2-5.3': '/statement/section-2/#s2-5.3' };
    expect(permalinkProblems(published, merged)).toEqual([
      'Sentence id “s2-5.4” was published (/statement/section-2/#s2-5.4) but is missing from this build. Published ids are never removed or renamed: restore it.',
    ]);
  });
});
