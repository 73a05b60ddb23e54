import type { APIRoute } from 'astro';
import { BUILD_DATE, EDITION_DATE } from '../../lib/edition-facts.ts';
import { citationsFor } from '../../lib/citations-for.ts';
import { highlight, highlightCss } from '../../lib/highlight.ts';
import { statementJson } from '../../lib/open-data.ts';
import { STATEMENT_SCHEMA } from '../../lib/open-data-schema.ts';
import { openDataInput } from '../data/_input.ts';
import { citeInput } from './_targets.ts';

/**
 * The colours of the highlighted code on the cite pages and /data/. Every
 * file those pages show is highlighted here too, so the sheet has every
 * class they use (class names derive from the colours, so they match).
 */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The citation styles need a site URL.');
  const { facts, sources, ids: targets } = await citeInput();
  for (const ids of [[], ...targets.map((id) => [id])]) {
    const { exports } = citationsFor(facts, sources, ids, site, import.meta.env.BASE_URL, {
      edition: EDITION_DATE,
      accessed: BUILD_DATE,
    });
    await highlight(exports.bibtex, 'bibtex');
    await highlight(exports.ris, 'txt');
    await highlight(exports.csl, 'json');
  }
  // And the examples on /data/.
  const { provenance, parts, dateline } = await openDataInput(site, import.meta.env.BASE_URL);
  await highlight(JSON.stringify(statementJson(provenance, parts, dateline), null, 2), 'json');
  await highlight(JSON.stringify(STATEMENT_SCHEMA, null, 2), 'json');
  return new Response(highlightCss(), { headers: { 'Content-Type': 'text/css' } });
};
