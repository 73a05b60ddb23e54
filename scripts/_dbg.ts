import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/support/static-server.ts';
const site = await serveStatic('/work/wt/reading/dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(new URL('zh/statement/section-3/', site.url).href);
console.log(await page.evaluate(() => {
  const link = document.querySelector<HTMLAnchorElement>('.pair sup.fn a')!;
  link.scrollIntoView({ block: 'center' });
  const b = link.getBoundingClientRect();
  const out = [];
  for (const [dx, dy] of [[0,0],[-11,0],[11,0],[0,-11],[0,11]]) {
    const hit = document.elementFromPoint(b.left + b.width / 2 + dx, b.top + b.height / 2 + dy);
    out.push(`${dx},${dy}: ${hit?.tagName}.${hit?.className} ${hit === link}`);
  }
  return JSON.stringify({ b, out, after: getComputedStyle(link, '::after').width });
}));
const t0 = Date.now();
await page.goto(new URL('statement/section-2/', site.url).href);
const dctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
const d = await dctx.newPage();
await d.goto(new URL('statement/section-2/', site.url).href);
await d.locator('#s2-5 [lang="en"] sup.fn a').click({ timeout: 5000 }).catch((e) => console.log('click', e.message.slice(0, 600)));
console.log(await d.evaluate(() => location.hash));
await b.close(); await site.close();
