/**
 * Share images cold and warm: draws every card the built site has (one per
 * paragraph, from dist/data/statement.json, plus the statement's own) into an
 * empty cache, then asks for them again. Part of `npm run bench`; also runs
 * alone after a build: `node scripts/bench-share-images.ts`.
 */
import '../src/lib/edition/load-layout.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cardTexts, shareImage, type CardText, type ShareCard } from '../src/lib/share-image.ts';
import { textsNote } from '../src/lib/text-labels.ts';
import { t } from '../src/i18n/index.ts';
import type { StatementJson } from '../src/lib/open-data-schema.ts';

export interface ShareImageBench {
  images: number;
  coldSeconds: number;
  warmSeconds: number;
  warmHits: number;
}

export async function benchShareImages(dist = 'dist'): Promise<ShareImageBench> {
  const statement = JSON.parse(readFileSync(path.join(dist, 'data/statement.json'), 'utf8')) as StatementJson;
  // The same cards as src/pages/og/[image].png.ts draws.
  const card = (label: string, texts: CardText[]): ShareCard => {
    const codes = texts.map((text) => text.code);
    return {
      label,
      texts,
      site: t('en', 'site.name'),
      footer: `${textsNote('en', codes)} · ${textsNote('zh', codes)}`,
    };
  };
  const written = (texts: Record<string, string>) =>
    cardTexts(Object.fromEntries(Object.entries(texts).map(([code, text]) => [code, { text }])));
  const cards: ShareCard[] = [
    ...statement.parts.flatMap((part) =>
      part.paragraphs.map((p) =>
        card(`${p.label.en} · ${p.label.zh}`, written({ zh: p.zh, en: p.en, ...(p.other ?? {}) })),
      ),
    ),
    card(`${statement.provenance.signed} · ${statement.provenance.place.en}`, written(statement.provenance.title)),
  ];
  const dir = mkdtempSync(path.join(tmpdir(), 'share-images-bench-'));
  try {
    const pass = async () => {
      const started = performance.now();
      let hits = 0;
      for (const card of cards) if ((await shareImage(card, { dir })).cached) hits += 1;
      return { seconds: (performance.now() - started) / 1000, hits };
    };
    const cold = await pass();
    const warm = await pass();
    return { images: cards.length, coldSeconds: cold.seconds, warmSeconds: warm.seconds, warmHits: warm.hits };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchShareImages();
  console.log(
    `Share images: ${r.images} drawn cold in ${r.coldSeconds.toFixed(2)} s; from the cache in ${r.warmSeconds.toFixed(2)} s (${r.warmHits} hits)`,
  );
}
