/**
 * Proves that moving CSS (into components' scoped <style>s, say) changed nothing a reader sees.
 *
 *   node scripts/style-snapshot.ts record <built-site> <snapshot-dir>
 *   node scripts/style-snapshot.ts compare <snapshot-dir-before> <snapshot-dir-after>
 *
 * `record` opens every page type in both interfaces in system Chromium — on a desktop and a phone,
 * light and dark, and as printed — and with the row menu, a footnote card, a term card, the sentence
 * chip and the header's search results open. For each it writes the computed style of every element
 * and of its ::before, ::after and ::marker, and a full-page screenshot. `compare` lists every element
 * and property that differs and every screenshot that is not byte-for-byte the same, and exits 1 if any.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

interface Mode {
  name: string;
  width: number;
  dark?: boolean;
  print?: boolean;
}

const DESKTOP: Mode = { name: 'desktop', width: 1280 };
const MODES: Mode[] = [
  { name: 'desktop-dark', width: 1280, dark: true },
  { name: 'phone', width: 390 },
  { name: 'phone-dark', width: 390, dark: true },
  { name: 'print', width: 900, print: true },
];

// Every page type in both interfaces at desktop width; the component families in every mode.
const PAGES: [string, boolean][] = [
  ['', true],
  ['zh/', true],
  ['statement/section-2/', true],
  ['zh/statement/section-4/', true],
  ['en/statement/closing/', true],
  ['statement/preamble/', false],
  ['statement/', false],
  ['zh/both/statement/section-2/', true],
  ['zh/en/statement/section-3/', true],
  ['en/zh/statement/section-1/', true],
  ['search/?q=%E8%83%BD%E6%BA%90', true],
  ['zh/search/?q=energy', false],
  ['glossary/', false],
  ['zh/glossary/', true],
  ['instruments/', false],
  ['zh/instruments/', false],
  ['instruments/unga-resolution-2758/', false],
  ['zh/instruments/unga-resolution-2758/', true],
  ['zh/instruments/links/', false],
  ['cite/', false],
  ['cite/s2-5/', true],
  ['zh/cite/s4-5.1/', true],
  ['about/', false],
  ['zh/about/', false],
  ['data/', false],
  ['zh/data/', false],
  ['topics/', false],
  ['zh/topics/', false],
  ['commitments/', true],
  ['zh/commitments/?status=fulfilled', true],
  ['formulations/', false],
  ['zh/formulations/', false],
  ['offline/', false],
  ['zh/offline/', false],
  ['404.html', false],
];

interface Snapshot {
  styles: string[];
  elements: [string, number][];
}

/** Runs in the page: the computed style of every element and pseudo-element, unique styles stored once. */
function collect(): Snapshot {
  const styles: string[] = [];
  const index = new Map<string, number>();
  const elements: [string, number][] = [];
  const keyOf = (el: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = el; node && node !== document.documentElement; node = node.parentElement) {
      const { parentElement: parent, tagName } = node;
      const siblings = parent ? [...parent.children].filter((c) => c.tagName === tagName) : [node];
      parts.unshift(`${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}:${siblings.indexOf(node)}`);
    }
    return parts.join('>');
  };
  const serialise = (style: CSSStyleDeclaration): string => {
    const out: string[] = [];
    for (let i = 0; i < style.length; i++) {
      const name = style.item(i);
      out.push(`${name}:${style.getPropertyValue(name)}`);
    }
    return out.sort().join(';');
  };
  const add = (key: string, text: string) => {
    let at = index.get(text);
    if (at === undefined) {
      at = styles.length;
      styles.push(text);
      index.set(text, at);
    }
    elements.push([key, at]);
  };
  for (const el of document.querySelectorAll('*')) {
    const key = keyOf(el);
    add(key, serialise(getComputedStyle(el)));
    for (const pseudo of ['::before', '::after', '::marker']) {
      const style = getComputedStyle(el, pseudo);
      if (pseudo !== '::marker' && style.getPropertyValue('content') === 'none') continue;
      add(`${key}${pseudo}`, serialise(style));
    }
  }
  return { styles, elements };
}

// States only a script or a reader's action opens, recorded on a part page.
const STATES: { name: string; path: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'row-menu', path: 'statement/section-2/', open: (p) => p.locator('#s2-5 .row-menu > summary').click() },
  {
    name: 'footnote-card',
    path: 'statement/section-2/',
    open: async (p) => {
      await p.locator('#s2-5 sup.fn a').first().focus();
      await p.waitForSelector('#fn-popover', { state: 'visible' });
    },
  },
  {
    name: 'term-card',
    path: 'statement/section-2/',
    open: async (p) => {
      await p.locator('main a.term').first().focus();
      await p.waitForSelector('.term-card', { state: 'visible' });
    },
  },
  {
    name: 'sentence-chip',
    path: 'statement/section-2/',
    open: async (p) => {
      await p.locator('#s2-5 .s').first().click();
      await p.waitForSelector('.sentence-chip', { state: 'visible' });
    },
  },
  {
    name: 'header-search',
    path: 'zh/statement/section-1/',
    open: async (p) => {
      const menu = p.locator('.site-menu > summary');
      if (await menu.isVisible()) await menu.click();
      await p.locator('.search-header input[type=search]').fill('能源');
      await p.waitForSelector('.search-results-header li', { timeout: 10_000 });
    },
  },
  {
    name: 'phone-menu',
    path: 'instruments/',
    open: async (p) => {
      const menu = p.locator('.site-menu > summary');
      if (await menu.isVisible()) await menu.click();
    },
  },
];

const fileName = (pagePath: string, mode: string) =>
  `${(pagePath || 'home').replace(/[^a-z0-9.-]+/gi, '_').replace(/_$/, '')}--${mode}`;

async function record(site: string, out: string) {
  mkdirSync(out, { recursive: true });
  // One fixed port: the cite pages write the address they are served from into their text.
  const server = await serveStatic(path.resolve(site), '/', 4391);
  const browser = await launchBrowser();
  const shoot = async (
    pagePath: string,
    mode: Mode,
    name: string,
    before: (page: Page) => Promise<void> = async () => {},
  ) => {
    const context = await browser.newContext({
      viewport: { width: mode.width, height: 900 },
      colorScheme: mode.dark ? 'dark' : 'light',
      serviceWorkers: 'block',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    if (mode.print) await page.emulateMedia({ media: 'print' });
    await page.goto(new URL(pagePath, server.url).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    if (pagePath.includes('?q='))
      await page.waitForSelector('.search-results li', { state: 'attached', timeout: 15_000 });
    await before(page);
    await page.waitForTimeout(400);
    const snapshot = await page.evaluate(collect);
    writeFileSync(path.join(out, `${name}.json`), JSON.stringify(snapshot));
    await page.screenshot({
      path: path.join(out, `${name}.png`),
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
    });
    await context.close();
    console.log(`recorded ${name} (${snapshot.elements.length} boxes, ${snapshot.styles.length} styles)`);
  };
  try {
    for (const [pagePath, everyMode] of PAGES) {
      for (const mode of everyMode ? [DESKTOP, ...MODES] : [DESKTOP]) {
        await shoot(pagePath, mode, fileName(pagePath, mode.name));
      }
    }
    for (const state of STATES) {
      for (const mode of [DESKTOP, MODES[1]!]) {
        await shoot(state.path, mode, `state-${state.name}--${mode.name}`, state.open);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

function differences(before: Snapshot, after: Snapshot): string[] {
  const table = (s: Snapshot) => new Map(s.elements.map(([key, at]) => [key, s.styles[at]!]));
  const a = table(before);
  const b = table(after);
  const out: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (x === y) continue;
    if (x === undefined || y === undefined) {
      out.push(`  ${key}: ${x === undefined ? 'only after' : 'only before'}`);
      continue;
    }
    const props = (s: string) =>
      new Map(s.split(';').map((p) => [p.slice(0, p.indexOf(':')), p.slice(p.indexOf(':') + 1)]));
    const px = props(x);
    const py = props(y);
    const changed = [...new Set([...px.keys(), ...py.keys()])].filter((p) => px.get(p) !== py.get(p));
    // Chromium lists custom properties in no fixed order: the same properties in another order are the same style.
    if (changed.length === 0) continue;
    out.push(`  ${key}: ${changed.map((p) => `${p} ${px.get(p)} → ${py.get(p)}`).join('; ')}`);
  }
  return out;
}

function compare(beforeDir: string, afterDir: string): number {
  let problems = 0;
  const names = readdirSync(beforeDir).filter((f) => f.endsWith('.json'));
  for (const file of names) {
    const name = file.slice(0, -'.json'.length);
    const read = (dir: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Snapshot;
    const diff = differences(read(beforeDir), read(afterDir));
    const hash = (dir: string) =>
      createHash('sha256')
        .update(readFileSync(path.join(dir, `${name}.png`)))
        .digest('hex');
    const samePixels = hash(beforeDir) === hash(afterDir);
    if (diff.length === 0 && samePixels) continue;
    problems++;
    console.log(`${name}: ${diff.length} element(s) styled differently${samePixels ? '' : '; the screenshot differs'}`);
    for (const line of diff.slice(0, 25)) console.log(line);
    if (diff.length > 25) console.log(`  … and ${diff.length - 25} more`);
  }
  console.log(
    problems === 0
      ? `${names.length} snapshots: every computed style and every screenshot is the same.`
      : `${problems} of ${names.length} snapshots differ.`,
  );
  return problems === 0 ? 0 : 1;
}

const [command, first, second] = process.argv.slice(2);
if (command === 'record' && first && second) await record(first, second);
else if (command === 'compare' && first && second) process.exitCode = compare(first, second);
else {
  console.error('usage: node scripts/style-snapshot.ts record <built-site> <dir> | compare <dir-before> <dir-after>');
  process.exitCode = 2;
}
