import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cachedImage, shareImageCacheDir, shareImageKey, type ShareImageKeyInput } from './share-image-cache.ts';
import { shareImage, type ShareCard } from './share-image.ts';

const base: ShareImageKeyInput = {
  drawn: {
    label: 'II.5 · 二.5',
    site: 'Edition',
    zh: '哈方坚定支持一个中国原则。',
    en: 'Kazakhstan firmly supports…',
    footer: 'f',
  },
  renderer: 'satori@1 resvg@1 font@1',
  version: 1,
};

describe('the share image key', () => {
  it('is the same for the same inputs, whatever order the fields were written in', () => {
    const reordered = { ...base, drawn: Object.fromEntries(Object.entries(base.drawn).reverse()) };
    expect(shareImageKey(reordered)).toBe(shareImageKey(base));
    expect(shareImageKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any text drawn, the renderer or fonts, or the drawing code changes', () => {
    const keys = [
      base,
      ...Object.keys(base.drawn).map((field) => ({
        ...base,
        drawn: { ...base.drawn, [field]: `${base.drawn[field]}x` },
      })),
      { ...base, renderer: 'satori@2 resvg@1 font@1' },
      { ...base, version: 2 },
    ].map(shareImageKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does not confuse text moved from one field to another', () => {
    const moved = { ...base, drawn: { ...base.drawn, zh: base.drawn.en ?? '', en: base.drawn.zh ?? '' } };
    expect(shareImageKey(moved)).not.toBe(shareImageKey(base));
  });
});

describe('the share image cache', () => {
  const dirs: string[] = [];
  const scratch = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'share-images-'));
    dirs.push(dir);
    return path.join(dir, 'cache');
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

  it('draws on the first call and returns the stored bytes on the second without drawing', async () => {
    const dir = scratch();
    const draw = vi.fn(() => Promise.resolve(PNG));
    expect(await cachedImage('k', dir, draw)).toEqual({ png: PNG, cached: false });
    expect(await cachedImage('k', dir, draw)).toEqual({ png: PNG, cached: true });
    expect(draw).toHaveBeenCalledTimes(1);
    expect(readdirSync(dir)).toEqual(['k.png']);
  });

  it('redraws a file cut short, which is not a PNG', async () => {
    const dir = scratch();
    const draw = vi.fn(() => Promise.resolve(PNG));
    await cachedImage('k', dir, draw);
    writeFileSync(path.join(dir, 'k.png'), PNG.subarray(0, 4));
    expect(await cachedImage('k', dir, draw)).toEqual({ png: PNG, cached: false });
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it('lives in node_modules/.cache unless the environment moves it', () => {
    expect(shareImageCacheDir({}, '/site')).toBe(path.resolve('/site/node_modules/.cache/share-images'));
    expect(shareImageCacheDir({ SHARE_IMAGE_CACHE_DIR: '/tmp/og' }, '/site')).toBe(path.resolve('/tmp/og'));
    expect(shareImageCacheDir({ SHARE_IMAGE_CACHE_DIR: 'cache/og' }, '/site')).toBe(path.resolve('/site/cache/og'));
  });

  it('draws a paragraph card once; the same card again, even with text beyond what is drawn changed, is not redrawn', async () => {
    const dir = scratch();
    const draw = vi.fn(() => Promise.resolve(PNG));
    const card: ShareCard = {
      label: 'II.5',
      site: 'Edition',
      texts: [
        { code: 'zh', text: '中'.repeat(150) },
        { code: 'en', text: 'word '.repeat(80) },
      ],
      footer: 'f',
    };
    const longer = card.texts.map((t) => (t.code === 'zh' ? { ...t, text: `${t.text}尾` } : t));
    expect((await shareImage(card, { dir, draw })).cached).toBe(false);
    expect((await shareImage({ ...card, texts: longer }, { dir, draw })).cached).toBe(true);
    expect(draw).toHaveBeenCalledTimes(1);
    expect((await shareImage({ ...card, label: 'II.6' }, { dir, draw })).cached).toBe(false);
    expect(draw).toHaveBeenCalledTimes(2);
  });
});
