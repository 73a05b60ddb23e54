import { z } from 'zod';
import { ADDRESS_ORDER } from '../instruments.ts';
import { bilingual, isoish } from './fields.ts';

/**
 * The register (content/instruments/<key>.yaml) and the list of official
 * hosts (content/official-hosts.yaml): declared here once, read by the
 * content collection and by every script through src/lib/register-loader.ts.
 * Every object in an entry is strict: a field the schema does not name is
 * refused, not silently dropped.
 */

/** What an address in the register is; the build refuses an official label on a host not in content/official-hosts.yaml. */
const addressKind = z
  .enum(ADDRESS_ORDER)
  .describe(
    'What the page is: official-text (the document’s text as published by a party, a parliament, an official gazette, a state news agency publishing the official text, a treaty database or the organisation itself), official-record (an official page about it: ministry news, an organisation’s page), report (press and news agencies reporting it), reference (secondary or scholarly, including copies on third-party sites).',
  );

/** Kinds of entry that are binding instruments and so record their entry into force. */
export const IN_FORCE_KINDS = ['treaty', 'agreement', 'convention'] as const;

const registerAddress = z.strictObject({
  url: z.url().describe('The address.'),
  kind: addressKind,
  publisher: z.string().min(1).describe('Who publishes the page (the site, and whose it is).'),
  lang: z.string().min(2).describe('Language of the page (BCP 47: en, zh, kk, ru …).'),
  verified: z
    .boolean()
    .describe('True only if the page itself, or the page’s text in a search index, was seen when it was checked.'),
  checked: z.iso.date().describe('When the address and its label were last checked (ISO 8601).'),
  seen: z
    .string()
    .min(1)
    .optional()
    .describe('What was seen on that date that shows what the page holds; omitted where the flag is carried over.'),
});

const entryIntoForce = z
  .object({
    date: z.iso.date().describe('Date of entry into force (ISO 8601).'),
    source: z
      .object({
        title: z.string().min(1).describe('What the source is and what it says.'),
        url: z.url().describe('Its address.'),
        kind: addressKind,
        checked: z.iso.date().describe('When it was seen.'),
      })
      .describe('Where the date was seen.'),
  })
  .describe('When it entered into force, with the source that says so.');

/** One register entry: the schema of content/instruments/<key>.yaml. */
export const registerEntry = z
  .strictObject({
    key: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('Stable slug; equals the file name. Never renamed once published.'),
    kind: z
      .enum([
        'treaty',
        'agreement',
        'joint-statement',
        'joint-declaration',
        'communique',
        'un-resolution',
        'convention',
        'guideline',
        'national-programme',
        'initiative',
        'organisation',
        'mechanism',
        'event',
        'project',
        'plan',
      ])
      .describe('What sort of thing it is; the register page groups by kind.'),
    name: z
      .object({
        zh: z.string().describe('Name exactly as the statement writes it.'),
        en: z.string().describe('Official English name, or the editor’s translation.'),
        enSource: z.string().describe('Where the English name comes from, or “editor’s translation”.'),
      })
      .describe('Names in both languages.'),
    date: isoish.optional(),
    dateKind: z
      .enum(['signed', 'adopted', 'launched', 'proposed', 'established', 'held', 'entered-into-force', 'published'])
      .optional()
      .describe('What the date is the date of.'),
    place: bilingual.optional().describe('Where it was signed, adopted or held.'),
    parties: bilingual
      .optional()
      .describe(
        'The states or organisations party to it, or the body that adopted, proposed or runs it; never the people who signed (see signatories).',
      ),
    signatories: z
      .array(bilingual.describe('A person who signed, with the office held then.'))
      .optional()
      .describe('The people who signed it, in the order known; only for signed documents.'),
    entryIntoForce: entryIntoForce
      .nullable()
      .optional()
      .describe(
        'Treaties, agreements and conventions: the date of entry into force with its source, or null where none was found (then entryIntoForceNote says what was searched).',
      ),
    entryIntoForceNote: bilingual
      .optional()
      .describe('Where entryIntoForce is null: what was searched, and that no date was found (or why there is none).'),
    treatyReference: z
      .string()
      .min(1)
      .optional()
      .describe('Where known: the treaty-database or UNTS reference (e.g. “UNTS vol. 1015, p. 163”).'),
    urls: z
      .array(registerAddress)
      .describe(
        'Addresses of the document’s text and of pages about it, each labelled for what it is; empty when none.',
      ),
    status: bilingual.optional().describe('Current status, one neutral sentence.'),
    laterEvents: z
      .array(z.strictObject({ date: isoish, en: z.string(), zh: z.string() }))
      .optional()
      .describe('What happened after the statement, dated.'),
    annotation: bilingual.describe('What it is and why the statement cites it; neutral.'),
    mentions: z
      .array(z.strictObject({ paragraph: z.string(), zh: z.string(), en: z.string() }))
      .describe(
        'Where the statement names it (used to place the <Ref> marks; the build recomputes “cited in” from the text).',
      ),
    sources: z
      .array(
        z.strictObject({
          title: z.string().describe('What the source is: title, publisher, date.'),
          url: z.url().describe('Its address.'),
          kind: addressKind,
        }),
      )
      .min(1)
      .describe(
        'What the entry relies on, each labelled for what it is (an address also under urls carries the same kind).',
      ),
  })
  .superRefine((entry, ctx) => {
    if (!(IN_FORCE_KINDS as readonly string[]).includes(entry.kind)) return;
    if (entry.entryIntoForce === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['entryIntoForce'],
        message: `every ${entry.kind} records entryIntoForce: a date with its source, or null with entryIntoForceNote`,
      });
    else if (entry.entryIntoForce === null && !entry.entryIntoForceNote)
      ctx.addIssue({
        code: 'custom',
        path: ['entryIntoForceNote'],
        message: 'entryIntoForce is null, so entryIntoForceNote must say what was searched and not found',
      });
  });

/** content/official-hosts.yaml: the hosts whose pages may be labelled official. */
export const officialHosts = z
  .array(
    z.strictObject({
      host: z
        .string()
        .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a bare host name such as gov.cn')
        .describe('Host name; it also covers its subdomains.'),
      owner: z.string().min(1).describe('Whose the host is.'),
      allows: z
        .array(z.enum(['official-text', 'official-record']))
        .min(1)
        .describe('Which official labels its pages may carry.'),
    }),
  )
  .min(1)
  .describe('Official hosts, one per item.');

export type RegisterEntry = z.infer<typeof registerEntry>;
export type OfficialHostEntry = z.infer<typeof officialHosts>[number];
