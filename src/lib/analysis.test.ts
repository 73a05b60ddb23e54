import { describe, expect, it } from 'vitest';
import {
  commitmentsCsv,
  countBy,
  inTextOrder,
  marksByParagraph,
  unknownIds,
  unreviewedCommitments,
} from './analysis.ts';

describe('coverage of committing sentences', () => {
  const sentences = [
    { id: 's4-4.2', zh: '三十年来，双边贸易额大幅提升。' },
    { id: 's4-4.3', zh: '双方愿进一步扩大双边贸易规模。' },
    { id: 's5-9.3', zh: '双方一致同意积极推进政府间互免签证协定商签工作。' },
  ];

  it('names each committing sentence that has no reviewed entry', () => {
    expect(unreviewedCommitments(sentences, [{ sentence: 's4-4.3' }]).map((u) => u.id)).toEqual(['s5-9.3']);
  });

  it('is empty when every committing sentence is reviewed', () => {
    expect(unreviewedCommitments(sentences, [{ sentence: 's4-4.3' }, { sentence: 's5-9.3' }])).toEqual([]);
  });
});

describe('helpers', () => {
  it('finds the ids that do not resolve', () => {
    expect(unknownIds(['s2-5', 's9-1'], new Set(['s2-5']))).toEqual(['s9-1']);
  });

  it('orders commitments as the text does', () => {
    const ordered = inTextOrder([
      { sentence: 's4-10.1' },
      { sentence: 's4-9.2' },
      { sentence: 'pre-3.1' },
      { sentence: 's4-9.1' },
    ]);
    expect(ordered.map((c) => c.sentence)).toEqual(['pre-3.1', 's4-9.1', 's4-9.2', 's4-10.1']);
  });

  it('counts every category, including empty ones', () => {
    expect(countBy(['a', 'a', 'c'], ['a', 'b', 'c'], (x) => x as 'a' | 'b' | 'c')).toEqual({ a: 2, b: 0, c: 1 });
  });
});

describe('the CSV download', () => {
  it('has a header and quotes cells with commas, quotes or line breaks', () => {
    const csv = commitmentsCsv(
      '2026-12-04',
      [
        {
          sentence: 's5-9.3',
          actor: 'both',
          modality: 'agree',
          topic: 'people-to-people',
          kind: 'concrete',
          status: 'fulfilled',
          followUp: [
            { date: '2023-05-17', source: { url: 'https://a.example/1' } },
            { date: '2023-11-10', source: { url: 'https://b.example/2' } },
          ],
        },
      ],
      new Map([
        ['s5-9.3', { id: 's5-9.3', zh: '双方一致同意，推进。', en: 'The two sides agree to "advance", and sign.' }],
      ]),
    );
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('sentence,paragraph,actor,modality,topic,kind,status,as_of,zh,en,follow_up_dates,sources');
    expect(row).toBe(
      's5-9.3,s5-9,both,agree,people-to-people,concrete,fulfilled,2026-12-04,双方一致同意，推进。,"The two sides agree to ""advance"", and sign.",2023-05-17; 2023-11-10,https://a.example/1 https://b.example/2',
    );
  });
});

describe('reading-page marks', () => {
  it('group committing sentences and new formulations by paragraph, in text order', () => {
    const marks = marksByParagraph(
      [{ sentence: 's2-5.3' }, { sentence: 's2-5.1' }, { sentence: 's2-6.1' }],
      [
        { key: 'unga-2758', zh: '第2758号决议', paragraphs: ['s2-5'], newIn2022: true },
        { key: 'one-china', zh: '一个中国原则', paragraphs: ['s2-5'], newIn2022: false },
      ],
    );
    expect(marks.get('s2-5')).toEqual({
      commitments: ['s2-5.1', 's2-5.3'],
      formulations: [{ key: 'unga-2758', zh: '第2758号决议' }],
    });
    expect(marks.get('s2-6')).toEqual({ commitments: ['s2-6.1'], formulations: [] });
    expect(marks.has('s2-7')).toBe(false);
  });
});
