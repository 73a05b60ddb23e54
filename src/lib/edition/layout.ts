import type { EditionLayout } from './current.ts';

/**
 * The layout of the edition being built, the same in every module and in the
 * browser: Astro (and Vitest, through getViteConfig) define
 * `__EDITION_LAYOUT__` from the edition folder when the build starts
 * (astro.config.mjs); a plain Node script imports `load-layout.ts` first,
 * which reads the folder and sets the same global. Nothing here reads files,
 * so browser scripts can ask it too.
 */
declare const __EDITION_LAYOUT__: EditionLayout | undefined;

function read(): EditionLayout {
  if (typeof __EDITION_LAYOUT__ === 'undefined') {
    throw new Error(
      'The edition layout is not loaded. A Node script imports src/lib/edition/load-layout.ts before anything else; the site gets it from astro.config.mjs.',
    );
  }
  return __EDITION_LAYOUT__;
}

export const LAYOUT: EditionLayout = read();
export type { EditionLayout };
