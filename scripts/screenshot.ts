/**
 * Renders the README's screenshots from the built site with system Chromium:
 * `npm run build && node scripts/screenshot.ts`.
 */
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const shots = [
  { file: 'docs/screenshot-desktop.png', path: 'statement/section-2/', width: 1280, height: 900 },
  { file: 'docs/screenshot-phone.png', path: 'statement/section-2/#s2-5', width: 390, height: 844 },
];

const site = await serveStatic(`${process.cwd()}/dist`);
const browser = await launchBrowser();
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(new URL(shot.path, site.url).href);
    await page.screenshot({ path: shot.file });
    await page.close();
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await browser.close();
  await site.close();
}
