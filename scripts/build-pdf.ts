/**
 * Step of `npm run build`: the bilingual PDF, printed from the whole-statement
 * page with system Chromium (A4, the print stylesheet). Without Chromium the
 * step says so and the build goes on.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { outDir } from './out-dir.ts';

const dist = outDir();
const base = process.env.BASE_PATH ?? '/';
if (!existsSync(CHROMIUM)) {
  console.log(
    `PDF: skipped — no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH).`,
  );
  process.exit(0);
}
const site = await serveStatic(path.resolve(dist), base);
const browser = await launchBrowser();
try {
  mkdirSync(`${dist}/data`, { recursive: true });
  for (const [view, file] of [
    ['statement/', 'statement.pdf'],
    ['zh/statement/', 'statement.zh.pdf'],
    ['en/statement/', 'statement.en.pdf'],
  ] as const) {
    const page = await browser.newPage();
    await page.goto(new URL(`${view}?notes=on`, site.url).href, { waitUntil: 'networkidle' });
    await page.pdf({
      path: `${dist}/data/${file}`,
      format: 'A4',
      printBackground: false,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:7pt;width:100%;text-align:center;color:#555">Unofficial English translation · the Chinese text is authentic · <span class="pageNumber"></span>/<span class="totalPages"></span></div>',
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
    });
    await page.close();
  }
  console.log(`PDF: wrote ${dist}/data/statement.pdf, statement.zh.pdf, statement.en.pdf`);
} finally {
  await browser.close();
  await site.close();
}
