import { describe, expect, it } from 'vitest';
import { reviewedRenderingProblems } from './reviewed-renderings.ts';

const corridorZh = '“中国西部—欧洲西部”国际运输走廊等基础设施大项目已投入运营。';

describe('renderings fixed by the review', () => {
  it('accepts the reviewed English', () => {
    expect(
      reviewedRenderingProblems([
        {
          id: 's4-13.2',
          zh: corridorZh,
          en: 'the Western Europe–Western China international transit corridor have been put into operation.',
        },
        {
          id: 's3-8.2',
          zh: '建立国际生物安全机构的倡议',
          en: 'to establish the International Agency for Biological Safety (IABS)',
        },
        { id: 's5-1.2', zh: '贸易往来和人文交往源远流长。', en: 'their trade and exchanges have a long history.' },
        { id: 's3-3.1', zh: '“中国+中亚五国”会晤机制', en: 'the “China+Central Asia (C+C5)” meeting mechanism' },
        { id: 's2-3.1', zh: '新的、公正的哈萨克斯坦', en: 'the development of a New and Just Kazakhstan' },
        { id: 's2-9.2', zh: '经常性开展', en: 'will regularly conduct strategic communication' },
      ]),
    ).toEqual([]);
  });

  it('fails when an old rendering returns, naming the sentence and the required English', () => {
    const problems = reviewedRenderingProblems([
      { id: 's4-13.2', zh: corridorZh, en: 'the Western China-Western Europe international transport corridor' },
    ]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      's4-13.2: the Chinese has ““中国西部—欧洲西部”国际运输走廊”; the English must say “Western Europe–Western China international transit corridor” (the corridor’s established name (IV.13)).',
    );
  });

  it('tells capitals apart: the programme and the agency are names', () => {
    expect(
      reviewedRenderingProblems([{ id: 's2-3.1', zh: '新的、公正的哈萨克斯坦', en: 'of a new and just Kazakhstan' }]),
    ).toHaveLength(2);
    expect(
      reviewedRenderingProblems([
        { id: 's3-8.2', zh: '国际生物安全机构', en: 'to establish an international agency for biological safety' },
      ]),
    ).toHaveLength(2);
  });

  it('requires the five of 五国 and “regularly” for 经常性', () => {
    expect(
      reviewedRenderingProblems([
        { id: 's3-3.1', zh: '“中国+中亚五国”会晤机制', en: 'the “China+Central Asia” meeting mechanism' },
      ]),
    ).toHaveLength(2);
    expect(
      reviewedRenderingProblems([{ id: 's2-9.2', zh: '经常性开展', en: 'will frequently conduct' }]).join('\n'),
    ).toMatch(/“frequently” was replaced after review by “regularly”/);
  });

  it('leaves sentences without the Chinese alone', () => {
    expect(reviewedRenderingProblems([{ id: 's1-1.1', zh: '两国元首指出', en: 'go back a long way' }])).toEqual([]);
  });
});
