import { createHash } from 'node:crypto';

/**
 * The version of a build, as its service worker names its cache: a hash of
 * the built files, so a build whose content changed gets a new cache (and
 * readers get the new text), and a rebuild of the same content does not.
 * The service worker itself is left out (it carries the version), and so are
 * the PDFs, which Chromium stamps with the time they were printed; they are
 * printed from pages that are in the hash.
 */
export function contentVersion(files: Iterable<{ path: string; bytes: Uint8Array }>): string {
  const hash = createHash('sha256');
  const sorted = [...files]
    .filter((f) => versioned(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    // Path and length before the bytes, so moving bytes between files changes the hash too.
    hash.update(`${file.path}\0${file.bytes.length}\0`);
    hash.update(file.bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Whether a built file (path relative to the output folder, with `/`) counts toward the version. */
export function versioned(path: string): boolean {
  return path !== 'sw.js' && !path.endsWith('.pdf');
}

/** The built scripts and stylesheets every page may run: stored on install so stored pages still work offline. */
export function offlineAssets(paths: Iterable<string>): string[] {
  return [...paths].filter((p) => /^_astro\/[^/]+\.(?:js|css)$/.test(p)).sort();
}
