import type { Loader } from 'astro/loaders';

/**
 * What Astro hands a content loader, reduced to what ours use: the store it fills (each entry's data and file),
 * `parseData` passing the data through, and a logger. `stored` is what the collection would hold.
 */
export function loaderContext() {
  const stored = new Map<string, { data: Record<string, unknown>; filePath?: string | undefined }>();
  const context = {
    store: {
      clear: () => stored.clear(),
      set: (entry: { id: string; data: Record<string, unknown>; filePath?: string }) => {
        stored.set(entry.id, { data: entry.data, filePath: entry.filePath });
        return true;
      },
    },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
    logger: { error: () => undefined },
  };
  return { stored, context: context as unknown as Parameters<Loader['load']>[0] };
}
