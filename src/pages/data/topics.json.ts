import type { APIRoute } from 'astro';
import { topicsJson } from './_analysis.ts';
import { analysisInput } from './_analysis.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(topicsJson(await analysisInput()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
