import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { statementJson, statementMarkdown, statementTei, statementText } from '../../lib/open-data.ts';
import { STATEMENT_SCHEMA } from '../../lib/open-data-schema.ts';
import { openDataInput } from './_input.ts';

const FILES = {
  'statement.json': 'application/json',
  'statement.schema.json': 'application/schema+json',
  'statement.zh.txt': 'text/plain; charset=utf-8',
  'statement.en.txt': 'text/plain; charset=utf-8',
  'statement.md': 'text/markdown; charset=utf-8',
  'statement.tei.xml': 'application/tei+xml',
  'instruments.json': 'application/json',
} as const;
type File = keyof typeof FILES;

/** The open-data downloads under /data/. */
export function getStaticPaths() {
  return (Object.keys(FILES) as File[]).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  if (!site) throw new Error('The data files need a site URL.');
  const file = params.file as File;
  const { provenance, parts, dateline } = await openDataInput(site, import.meta.env.BASE_URL);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const body: Record<File, () => Promise<string> | string> = {
    'statement.json': () => json(statementJson(provenance, parts, dateline)),
    'statement.schema.json': () => json(STATEMENT_SCHEMA),
    'statement.zh.txt': () => statementText(provenance, parts, 'zh'),
    'statement.en.txt': () => statementText(provenance, parts, 'en'),
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
  return new Response(await body[file](), { headers: { 'Content-Type': FILES[file] } });
};
