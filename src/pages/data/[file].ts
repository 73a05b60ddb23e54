import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { statementJson, statementMarkdown, statementTei, statementText } from '../../lib/open-data.ts';
import { STATEMENT_SCHEMA } from '../../lib/open-data-schema.ts';
import { openDataInput } from './_input.ts';
import { TEXTS } from '../../lib/edition/texts.ts';

const TEXT_FILE = 'text/plain; charset=utf-8';
// One plain-text file per text of the registry (statement.zh.txt, statement.en.txt, …).
const FILES: Record<string, string> = {
  'statement.json': 'application/json',
  'statement.schema.json': 'application/schema+json',
  ...Object.fromEntries(TEXTS.map((text) => [`statement.${text.code}.txt`, TEXT_FILE])),
  'statement.md': 'text/markdown; charset=utf-8',
  'statement.tei.xml': 'application/tei+xml',
  'instruments.json': 'application/json',
};
type File = string;

/** The open-data downloads under /data/. */
export function getStaticPaths() {
  return Object.keys(FILES).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  if (!site) throw new Error('The data files need a site URL.');
  const file = params.file as File;
  const { provenance, parts, dateline, authenticZh } = await openDataInput(site, import.meta.env.BASE_URL);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const body: Record<File, () => Promise<string> | string> = {
    'statement.json': () => json(statementJson(provenance, parts, dateline)),
    'statement.schema.json': () => json(STATEMENT_SCHEMA),
    ...Object.fromEntries(
      TEXTS.map((text) => [
        `statement.${text.code}.txt`,
        () => statementText(provenance, parts, text.code, authenticZh),
      ]),
    ),
    'statement.md': () => statementMarkdown(provenance, parts),
    'statement.tei.xml': () => statementTei(provenance, parts, dateline),
    'instruments.json': async () =>
      json({
        provenance,
        instruments: (await getCollection('instruments'))
          .map((entry) => entry.data)
          .sort((a, b) => a.key.localeCompare(b.key)),
      }),
  };
  const make = body[file];
  if (!make) throw new Error(`No data file ${file}.`);
  return new Response(await make(), { headers: { 'Content-Type': FILES[file] ?? TEXT_FILE } });
};
