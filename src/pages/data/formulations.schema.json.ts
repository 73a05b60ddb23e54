import type { APIRoute } from 'astro';
import { formulationsJsonSchema } from './_analysis.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(formulationsJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
