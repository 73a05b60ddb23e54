// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { readFileSync } from 'node:fs';
import { THEME_BOOT_HASH } from './src/lib/theme-boot.ts';
import { dictionaryProblems } from './src/i18n/dictionary-schema.ts';
import { currentEdition, editionLayout } from './src/lib/edition/current.ts';

// BASE_PATH lets the same build be served from a sub-path, e.g. /joint-statement/.
const base = process.env.BASE_PATH ?? '/';

const layout = editionLayout(currentEdition());

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  // The bad-content tests build into a scratch folder so a broken build never touches dist/.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // The stylesheet is small (about 7 KB gzip): inlined, it costs no render-blocking request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Each component's <style> is scoped with :where(), so scoping adds no specificity: a component's rules
  // weigh exactly what they weighed in one global stylesheet, and global.css keeps only what is shared.
  scopedStyleStrategy: 'where',
  // Astro 7's default Markdown processor is Rust-based and runs no remark plugins;
  // the unified processor runs remark-gfm for the MDX prose pages.
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm] }),
    // Shiki's inline styles would break the Content-Security-Policy; code on the
    // citation pages is highlighted with classes by src/lib/highlight.ts instead.
    syntaxHighlight: false,
  },
  integrations: [
    mdx(),
    {
      // A missing key, an empty string or a lost {placeholder} in a UI dictionary stops the build (and dev) here.
      name: 'ui-dictionaries',
      hooks: {
        'astro:config:setup': () => {
          const dictionary = (/** @type {string} */ locale, /** @type {string} */ lang) => {
            const file = `src/i18n/${locale}.json`;
            return { lang, file, text: readFileSync(new URL(file, import.meta.url), 'utf8') };
          };
          const problems = dictionaryProblems({ en: dictionary('en', 'en'), zh: dictionary('zh', 'zh-Hans') });
          if (problems.length > 0) {
            throw new Error(
              `The UI dictionaries have ${problems.length} problem(s); nothing was built.\n\n${problems.join('\n')}\n`,
            );
          }
        },
      },
    },
    {
      name: 'site-url-reminder',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (!process.env.SITE_URL) {
            logger.warn(
              'SITE_URL is not set: canonical links, share previews and citation files name http://localhost:4321. Set SITE_URL to the public address when deploying.',
            );
          }
        },
      },
    },
  ],
  devToolbar: { enabled: false },
  // The edition being built (content/, or EDITION_DIR): its parts, ids and texts, derived from its source and
  // manifest once, and given to every module, server and browser alike (src/lib/edition/layout.ts).
  vite: {
    define: { __EDITION_LAYOUT__: JSON.stringify(layout) },
    // The browser's scripts ask the layout for parts, ids and texts, never for the interface wording (the pages
    // are rendered with it): leaving it out spares every page about 1.7 KB of script.
    environments: {
      client: {
        define: { __EDITION_LAYOUT__: JSON.stringify({ ...layout, strings: { en: {}, zh: {} } }) },
        // Each component's script is its own entry, loaded only where the component is. The code two or more
        // of them import at load goes into one shared chunk (not one file per module, three levels deep): a
        // part page loads 8 script files instead of 14, other pages 3. The search stays out: it loads when asked.
        build: {
          rolldownOptions: {
            output: { codeSplitting: { groups: [{ name: 'shared', tags: ['$initial'], minShareCount: 2 }] } },
          },
        },
      },
    },
  },
  // A strict Content-Security-Policy as <meta>: Astro hashes the scripts and styles it emits;
  // the one inline script it does not bundle (the theme, before first paint) is hashed here.
  // The other directives a <meta> policy can carry are added; frame-ancestors cannot be set
  // in a <meta> policy (browsers ignore it there), so it goes out only as a header (public/_headers, netlify.toml).
  security: {
    csp: {
      scriptDirective: { hashes: [THEME_BOOT_HASH] },
      directives: ["object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
