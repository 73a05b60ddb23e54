import { describe, expect, it } from 'vitest';
import { compareSites, describeChanges } from '../../src/lib/page-record.ts';
import { PUBLISHED_PAGES_FILE, readPublishedPages, recordBuiltSite } from '../../src/lib/page-record-loader.ts';

// What readers met on the published site, recorded from the build of main at f045451
// (scripts/record-published-pages.ts). A rewrite of the engine must keep all of it.
const published = readPublishedPages();

describe('the published site, unchanged for readers', () => {
  it(`keeps every page, id, main text, link and file recorded in ${PUBLISHED_PAGES_FILE}`, () => {
    const changes = compareSites(published, recordBuiltSite('dist'));
    const count = changes.pages.length + changes.files.length;
    expect(
      count,
      `${count} recorded pages or files changed for readers:\n${describeChanges(changes)}\n` +
        'If the change is intended and reviewed, record the new build: node scripts/record-published-pages.ts',
    ).toBe(0);
  });

  it('compares the whole published site, not an empty record', () => {
    expect(Object.keys(published.pages)).toHaveLength(978);
    expect(published.files).toContain('/permalinks.json');
  });
});
