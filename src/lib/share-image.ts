import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { truncate } from './search.ts';
import { cachedImage, shareImageCacheDir, shareImageKey } from './share-image-cache.ts';
import { PRIMARY, TEXTS } from './edition/texts.ts';

/**
 * The preview image a link to a paragraph shows when shared: label, the
 * primary text and each written translation, 1200×630. The CJK font comes from an npm package so the
 * image is the same on every machine and nothing is fetched.
 */
const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= [
    {
      name: 'Noto Sans SC',
      data: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Noto Sans SC',
      data: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
      weight: 700,
      style: 'normal',
    },
  ];
  return fonts;
}

/** One text drawn on a card, by its registry code. */
export interface CardText {
  code: string;
  text: string;
}

export interface ShareCard {
  label: string;
  site: string;
  /** The primary text first, then the translations, in column order. */
  texts: CardText[];
  /** Bottom line, e.g. the unofficial-translation note. */
  footer: string;
}

/**
 * What a paragraph's card shows: the primary text and every translation written so far (a pending one is left
 * out), in the registry's column order after the primary. A shared short link lands on every text side by side,
 * so its preview shows them all, whatever view the sender read it in.
 */
export function cardTexts(
  texts: Record<string, { text: string; pending?: boolean | undefined } | undefined>,
  registry: readonly { code: string }[] = TEXTS,
  primary: string = PRIMARY,
): CardText[] {
  const codes = [primary, ...registry.map((t) => t.code).filter((code) => code !== primary)];
  return codes.flatMap((code) => {
    const text = texts[code];
    return text && !text.pending ? [{ code, text: text.text.replace(/\n/g, ' ') }] : [];
  });
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, unknown>, children: Node['props']['children']): Node => ({
  type,
  props: { style, children },
});

/**
 * The version of the drawing code below. Bump it whenever the layout, sizes,
 * colours or fonts' use change: it is part of every cached image's key.
 */
export const SHARE_IMAGE_VERSION = 1;

/**
 * How much of each text fits: the primary 100 characters, one translation 200; with more translations the
 * primary keeps three lines and the translations share the 200.
 */
function fits(index: number, count: number): number {
  if (index === 0) return count > 2 ? 80 : 100;
  return Math.floor(200 / Math.max(1, count - 1));
}

/** The card as drawn: the texts cut to what fits. */
export function drawnCard(card: ShareCard): ShareCard {
  return {
    ...card,
    texts: card.texts.map((t, i) => ({ ...t, text: truncate(t.text, fits(i, card.texts.length)) })),
  };
}

/** The card's fields as the cache key reads them: each text under its code (`zh`, `en`, …). */
function keyFields(card: ShareCard): Record<string, string> {
  const { texts, ...rest } = card;
  return { ...rest, ...Object.fromEntries(texts.map((t) => [t.code, t.text])) };
}

/** The versions of the font package and the renderers: a new font or renderer may change every pixel. */
export function rendererFingerprint(): string {
  return ['@expo-google-fonts/noto-sans-sc', 'satori', '@resvg/resvg-js']
    .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
    .join(' ');
}

/**
 * The share image of `card`, from the cache when the same text was drawn
 * before with the same fonts, renderers and drawing code; drawn and stored
 * otherwise. `draw` and `dir` are for tests.
 */
export async function shareImage(
  card: ShareCard,
  { dir = shareImageCacheDir(), draw = renderShareImage } = {},
): Promise<{ png: Buffer; cached: boolean }> {
  const drawn = drawnCard(card);
  const key = shareImageKey({ drawn: keyFields(drawn), renderer: rendererFingerprint(), version: SHARE_IMAGE_VERSION });
  return cachedImage(key, dir, () => draw(card));
}

export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const drawn = drawnCard(card);
  const text = { display: 'flex', width: 1088 };
  const tree = el(
    'div',
    {
      width: 1200,
      height: 630,
      display: 'flex',
      flexDirection: 'column',
      position: 'relative',
      padding: 56,
      background: '#fdfcf9',
      color: '#1b1b1f',
      fontFamily: 'Noto Sans SC',
    },
    [
      el('div', { ...text, justifyContent: 'space-between', fontSize: 26, color: '#8a1c1c', fontWeight: 700 }, [
        el('span', {}, drawn.label),
        el('span', { color: '#5b5b66', fontWeight: 400 }, drawn.site),
      ]),
      ...drawn.texts.map((t, i) =>
        i === 0
          ? el('div', { ...text, marginTop: 28, fontSize: 36, lineHeight: 1.5 }, t.text)
          : el('div', { ...text, marginTop: 20, fontSize: 28, lineHeight: 1.45, color: '#3a3a44' }, t.text),
      ),
      el('div', { ...text, marginTop: 28, fontSize: 22, color: '#5b5b66' }, drawn.footer),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
