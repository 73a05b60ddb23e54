import type { APIRoute } from 'astro';
import { commitmentsCsv } from '../../lib/analysis.ts';
import { analysisInput } from './_analysis.ts';

export const GET: APIRoute = async () => {
  const { asOf, commitments, sentences } = await analysisInput();
  return new Response(commitmentsCsv(asOf, commitments, sentences), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
