/**
 * Vitest (through Astro's getViteConfig) puts Vite's own variables — BASE_URL,
 * SITE, MODE, DEV, PROD — into process.env, and a build spawned with them
 * would take them as its own. Builds run from tests get the environment
 * without them, plus what the test sets.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST']) delete env[key];
  return { ...env, ...extra };
}
