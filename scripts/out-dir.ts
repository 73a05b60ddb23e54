/**
 * The folder a build writes to and its steps read: the first argument if
 * given, else ASTRO_OUT_DIR (the variable astro.config.mjs reads too), else dist.
 */
export function outDir(): string {
  return process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist';
}
