import { z } from 'zod';

const localized = z.object({ zh: z.string(), en: z.string() });

/** Facts about the statement itself (content/source/edition.json): title, date, place, parties, publication, licence. */
export const editionFacts = z.object({
  title: localized.describe('Official title in Chinese and its English rendering.'),
  titleSources: z
    .array(
      z.object({
        lang: z.enum(['zh', 'en']).describe('Which title the source supports.'),
        name: z.string().describe('Where the title was published.'),
        url: z.url().nullable().describe('Address of that publication, or null where none could be verified.'),
      }),
    )
    .describe('Where each title was found.'),
  signed: z.iso.date().describe('Date of signature (ISO 8601).'),
  place: localized
    .extend({ note: localized.describe('What later happened to the place name.') })
    .describe('Place of signature as named on the day.'),
  parties: z.array(localized).length(2).describe('The two signatory states, in the order the statement names them.'),
  authenticLanguages: localized.describe('The languages whose texts are equally authentic.'),
  publication: z
    .array(z.object({ name: z.string(), url: z.url().nullable() }))
    .describe('Where the Chinese text was first published.'),
  authenticSources: z
    .array(
      z.object({
        key: z.string().describe('Stable key, e.g. `peoples-daily`.'),
        kind: z
          .enum(['newspaper', 'news-agency'])
          .describe('A newspaper (GB/T 7714 type [N]) or a news-agency dispatch.'),
        publisher: localized.describe('The newspaper or agency.'),
        place: localized.describe('Where it is published (a newspaper) or the dispatch’s dateline.'),
        date: z.iso.date().describe('Date of the issue or dispatch.'),
        page: z.string().nullable().describe('Page of the printed issue, or null.'),
        url: z.url().nullable().describe('Address of the text, or null where none was found.'),
        verified: z.boolean().describe('Whether the date, page and address were checked against the source itself.'),
        checked: z.iso.date().describe('When that check (or search) was made.'),
        note: localized.describe('What was checked and how, or what could not be verified.'),
      }),
    )
    .describe('Printings of the authentic Chinese text that the cite pages cite besides this edition.'),
  licence: localized.describe('Copyright status of the text and licence of the translation.'),
});

export type EditionFacts = z.infer<typeof editionFacts>;
