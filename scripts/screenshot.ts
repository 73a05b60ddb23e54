/**
 * Renders the README's screenshots from the built site with system Chromium:
 * `npm run build && npm run screenshots`.
 */
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const shots = [
  { file: 'docs/screenshot-desktop.png', path: 'statement/section-2/', width: 1280, height: 900 },
  { file: 'docs/screenshot-phone.png', path: 'statement/section-2/#s2-5', width: 390, height: 844 },
  { file: 'docs/screenshot-dark.png', path: 'statement/section-4/#s4-9', width: 1280, height: 800, dark: true },
  { file: 'docs/screenshot-print.png', path: 'statement/section-2/#s2-5', width: 900, height: 1270, print: true },
  // The Chinese interface: both texts on a phone, and the Chinese text alone in dark mode.
  { file: 'docs/screenshot-phone-zh.png', path: 'zh/both/statement/section-2/#s2-5', width: 390, height: 844 },
  { file: 'docs/screenshot-dark-zh.png', path: 'zh/statement/section-4/', width: 390, height: 844, dark: true },
];

const site = await serveStatic(`${process.cwd()}/dist`);
const browser = await launchBrowser();
try {
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.dark ? 'dark' : 'light',
      serviceWorkers: 'block',
    });
    if (shot.print) await page.emulateMedia({ media: 'print' });
    await page.goto(new URL(shot.path, site.url).href);
    await page.screenshot({ path: shot.file });
    await page.close();
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await browser.close();
  await site.close();
}
