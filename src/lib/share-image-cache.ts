import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A folder of share images keyed by the sha256 of everything that decides
 * their pixels, so a build redraws only the cards whose text, labels, fonts
 * or drawing code changed. Drawing one card with satori and resvg takes a
 * noticeable fraction of a second; the cache turns an unchanged one into a
 * file read.
 */

/** Set to move the cache (CI caches, a shared scratch disk); never point it inside the build output. */
export const SHARE_IMAGE_CACHE_ENV = 'SHARE_IMAGE_CACHE_DIR';

/** Where the cache lives: `$SHARE_IMAGE_CACHE_DIR`, else `node_modules/.cache/share-images` (git-ignored). */
export function shareImageCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const chosen = env[SHARE_IMAGE_CACHE_ENV];
  return path.resolve(cwd, chosen ? chosen : path.join('node_modules', '.cache', 'share-images'));
}

/** Everything that decides a share image: the text as drawn, the renderer and fonts, and the drawing code's version. */
export interface ShareImageKeyInput {
  /** The text and labels exactly as drawn (after truncation). */
  drawn: Record<string, string>;
  /** Font package and renderer versions, e.g. `satori@0.63.2 …`. */
  renderer: string;
  /** Bumped by hand whenever the drawing code (layout, colours, sizes) changes. */
  version: number;
}

export function shareImageKey({ drawn, renderer, version }: ShareImageKeyInput): string {
  // Sorted keys, so the order the caller wrote the fields in does not matter.
  const fields = Object.keys(drawn)
    .sort()
    .map((key) => [key, drawn[key]]);
  return createHash('sha256').update(JSON.stringify({ version, renderer, fields })).digest('hex');
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The image stored under `key` in `dir`, or, on a miss, the one `draw` makes,
 * stored for next time. A file that is not a PNG (a write cut short) counts
 * as a miss; a cache that cannot be written only costs the next build time.
 */
export async function cachedImage(
  key: string,
  dir: string,
  draw: () => Promise<Buffer>,
): Promise<{ png: Buffer; cached: boolean }> {
  const file = path.join(dir, `${key}.png`);
  try {
    const png = readFileSync(file);
    if (png.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return { png, cached: true };
  } catch {
    // Not cached yet.
  }
  const png = await draw();
  try {
    mkdirSync(dir, { recursive: true });
    // Write then rename, so a build running beside this one never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  } catch (error) {
    console.warn(`Share image cache ${dir} could not be written (${String(error)}); images are drawn every build.`);
  }
  return { png, cached: false };
}
