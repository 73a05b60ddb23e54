import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildEnv } from './clean-env.ts';

/**
 * The site tests run against a fresh `npm run build` (Astro + Pagefind), so
 * they test exactly what would be deployed. SKIP_BUILD=1 reuses dist/ when
 * iterating on a test.
 */
export default function setup() {
  if (process.env.SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: buildEnv(),
  });
  if (result.status !== 0) throw new Error('npm run build failed; the site tests need a built site.');
}
