import { readdirSync } from 'node:fs';

/** Every HTML file of the built site, as paths like `dist/statement/section-2/index.html`. */
export function htmlFiles(dir = 'dist'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(`${dir}/${entry.name}`)
      : entry.name.endsWith('.html')
        ? [`${dir}/${entry.name}`]
        : [],
  );
}
