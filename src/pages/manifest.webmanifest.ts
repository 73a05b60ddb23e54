import type { APIRoute } from 'astro';
import { t } from '../i18n/index.ts';
import { withBase } from '../lib/routes.ts';

/** Lets a reader install the edition and open it like an app, offline too. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: `${t('en', 'site.name')} — ${t('en', 'site.tagline')}`,
    short_name: t('zh', 'site.name'),
    lang: 'en',
    start_url: withBase(base, '/'),
    scope: withBase(base, '/'),
    display: 'standalone',
    background_color: '#fdfcf9',
    theme_color: '#8a1c1c',
    icons: [{ src: withBase(base, '/favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
