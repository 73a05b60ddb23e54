import path from 'node:path';
import type { Loader } from 'astro/loaders';

/** A content file as messages name it: relative to where the command runs. */
export const shownPath = (p: string) => path.relative(process.cwd(), p) || '.';

/** One entry of a collection, as a reader of its files gives it. */
export interface ReadEntry {
  id: string;
  data: Record<string, unknown>;
  /** The file it came from, as messages name it. */
  file: string;
}

/**
 * An Astro content loader over files editors write (the register, the glossary, the translator's notes): every
 * entry read by the collection's one reader, which throws with every problem, then stored; in `astro dev` read
 * again when a file it concerns changes, so an edit shows (or its problem is logged) at once.
 */
export function watchedFilesLoader(options: {
  name: string;
  /** The folder or file to watch. */
  watch: string;
  /** Whether a changed file concerns this collection. */
  concerns: (changed: string) => boolean;
  /** Every entry, or an error naming every problem. */
  read: () => Promise<ReadEntry[]>;
}): Loader {
  return {
    name: options.name,
    load: async (context) => {
      const { store, watcher, logger } = context;
      const sync = async () => {
        const entries = await options.read();
        store.clear();
        for (const { id, data, file } of entries)
          store.set({ id, data: await context.parseData({ id, data }), filePath: file });
      };
      await sync();
      watcher?.add(options.watch);
      watcher?.on('change', (changed) => {
        if (options.concerns(changed)) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
