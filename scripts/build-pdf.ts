/**
 * Step of `npm run build`: the bilingual PDF, printed from the whole-statement
 * page with system Chromium (A4, the print stylesheet). Without Chromium the
 * step says so and the build goes on.
 */
import '../src/lib/edition/load-layout.ts';
import { existsSync, mkdirSync } from 'node:fs';
import { ALL, wholePath, type View } from '../src/lib/routes.ts';
import { LANG_TAG } from '../src/i18n/index.ts';
import { pdfFooterNote } from '../src/lib/text-labels.ts';
import { TEXTS } from '../src/lib/edition/texts.ts';
import path from 'node:path';
import { CHROMIUM, launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { outDir } from './out-dir.ts';

const dist = outDir();
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
  // Every text side by side, then each text of the registry alone, each in its own interface's view.
  const prints: [View, string, string][] = [
    [ALL, wholePath(ALL, 'en'), 'statement.pdf'],
    ...TEXTS.map((text): [View, string, string] => [text.code, wholePath(text.code), `statement.${text.code}.pdf`]),
  ];
  for (const [printed, address, file] of prints) {
    // The footer in the language of the interface the PDF is printed from (English where the text's language has none).
    const { locale, note } = pdfFooterNote(printed);
    const view = address.slice(1);
    const page = await browser.newPage();
    await page.goto(new URL(`${view}?notes=on`, site.url).href, { waitUntil: 'networkidle' });
    await page.pdf({
      path: `${dist}/data/${file}`,
      format: 'A4',
      printBackground: false,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div lang="${LANG_TAG[locale]}" style="font-size:7pt;width:100%;text-align:center;color:#555">${escapeHtml(note)} · <span class="pageNumber"></span>/<span class="totalPages"></span></div>`,
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
    });
    await page.close();
  }
  console.log(`PDF: wrote ${dist}/data/${prints.map(([, , file]) => file).join(', ')}`);
} finally {
  await browser.close();
  await site.close();
}
