import type { APIRoute } from 'astro';
import { permalinks } from '../lib/routes.ts';

/**
 * Every paragraph id → its canonical path and fragment, under the base path
 * the site is built for. A public contract: ids are only ever added.
 */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(permalinks(import.meta.env.BASE_URL), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
