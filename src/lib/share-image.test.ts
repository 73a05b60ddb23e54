import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  cardTexts,
  drawnCard,
  rendererFingerprint,
  renderShareImage,
  shareImage,
  SHARE_IMAGE_VERSION,
} from './share-image.ts';
import { shareImageKey } from './share-image-cache.ts';

const registry = [{ code: 'zh' }, { code: 'en' }, { code: 'ru' }];
const pair = {
  zh: { text: '双方认为，\n“合作没有止境。”' },
  en: { text: 'The two sides believe that “cooperation has no limits.”' },
  ru: { text: 'Стороны считают, что «сотрудничество не имеет границ».' },
};

describe('what a paragraph’s share card shows', () => {
  it('shows the primary text first, then every translation in column order, on one line each', () => {
    expect(cardTexts(pair, registry, 'zh')).toEqual([
      { code: 'zh', text: '双方认为， “合作没有止境。”' },
      { code: 'en', text: pair.en.text },
      { code: 'ru', text: pair.ru.text },
    ]);
    // The primary first even where the registry lists it later.
    expect(cardTexts(pair, [{ code: 'en' }, { code: 'zh' }], 'zh').map((t) => t.code)).toEqual(['zh', 'en']);
  });

  it('leaves out a translation not written yet', () => {
    const pending = { ...pair, ru: { text: '', pending: true } };
    expect(cardTexts(pending, registry, 'zh').map((t) => t.code)).toEqual(['zh', 'en']);
  });

  it('cuts the texts to what fits: 100 and 200 characters for two texts, 80 and 100 each for three', () => {
    const long = (code: string, n: number) => ({ code, text: 'я'.repeat(n) });
    const lengths = (n: number) =>
      drawnCard({
        label: 'I.2',
        site: 'S',
        footer: 'f',
        texts: [long('zh', 300), ...Array.from({ length: n - 1 }, (_, i) => long(`t${i}`, 300))],
      }).texts.map((t) => t.text.length);
    // truncate() ends a cut text with “…”.
    expect(lengths(2)).toEqual([101, 201]);
    expect(lengths(3)).toEqual([81, 101, 101]);
  });

  it('keys a two-text card exactly as before the texts became a list, so the cache of the published images stays valid', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'share-key-'));
    try {
      const card = {
        label: 'II.5 · 二.5',
        site: 'Edition',
        footer: 'f',
        texts: cardTexts(pair, registry.slice(0, 2), 'zh'),
      };
      const before = shareImageKey({
        drawn: { label: card.label, site: card.site, zh: card.texts[0]?.text ?? '', en: pair.en.text, footer: 'f' },
        renderer: rendererFingerprint(),
        version: SHARE_IMAGE_VERSION,
      });
      let drawn = 0;
      const draw = () => {
        drawn += 1;
        return Promise.resolve(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      };
      await shareImage(card, { dir, draw });
      const again = await shareImage(card, { dir, draw });
      expect(again.cached).toBe(true);
      expect(drawn).toBe(1);
      expect(readdirSync(dir)).toEqual([`${before}.png`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws a card with a third text (Cyrillic in the CJK font) as a 1200×630 PNG', async () => {
    const png = await renderShareImage({
      label: 'I.2',
      site: 'Edition',
      footer: 'f',
      texts: cardTexts(pair, registry, 'zh'),
    });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }, 30_000);
});
