import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { PARAGRAPH_IDS } from '../../lib/ids.ts';
import { statementFacts, BUILD_DATE } from '../../lib/edition-facts.ts';
import { citationsFor } from '../../lib/citations-for.ts';

const TYPES = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
} as const;
type Ext = keyof typeof TYPES;

/** /cite/<id>.bib, .ris, .json and /cite/statement.* — the files reference managers import. */
export function getStaticPaths() {
  return ['statement', ...PARAGRAPH_IDS].flatMap((stem) =>
    (Object.keys(TYPES) as Ext[]).map((ext) => ({ params: { file: `${stem}.${ext}` } })),
  );
}

export const GET: APIRoute = async ({ params, site }) => {
  const [stem = '', ext] = (params.file ?? '').split(/\.(?=[a-z]+$)/) as [string, Ext];
  const [edition] = await getCollection('edition');
  if (!edition || !site) throw new Error('The citation files need content/source/edition.json and a site URL.');
  const { exports } = citationsFor(
    statementFacts(edition.data),
    stem === 'statement' ? [] : [stem],
    site,
    import.meta.env.BASE_URL,
    BUILD_DATE,
  );
  const body = { bib: exports.bibtex, ris: exports.ris, json: exports.csl }[ext];
  return new Response(body, { headers: { 'Content-Type': `${TYPES[ext]}; charset=utf-8` } });
};
