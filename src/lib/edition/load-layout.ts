import { currentEdition, editionLayout } from './current.ts';

/**
 * For plain Node scripts (scripts/*.ts): reads the edition folder and sets
 * the global that `layout.ts` reads. Import it first, before any module that
 * asks for ids.
 */
(globalThis as { __EDITION_LAYOUT__?: unknown }).__EDITION_LAYOUT__ ??= editionLayout(currentEdition());
