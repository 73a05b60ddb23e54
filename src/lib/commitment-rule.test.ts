import { describe, expect, it } from 'vitest';
import { actorOf, readSentence, readStatement } from './commitment-rule.ts';

describe('who commits', () => {
  it('reads the actor the sentence names first, titles in 《》 excluded', () => {
    expect(actorOf('双方愿进一步扩大双边贸易规模。')).toBe('both');
    expect(actorOf('中国和哈萨克斯坦愿积极开展协作')).toBe('both');
    expect(actorOf('中方愿支持哈萨克斯坦担任轮值主席国。')).toBe('china');
    expect(actorOf('哈萨克斯坦支持《科学家生物安全行为准则天津指南》。')).toBe('kazakhstan');
    expect(actorOf('两国元首指出，…，主张…')).toBe('heads-of-state');
    expect(actorOf('强调恪守《中华人民共和国和哈萨克斯坦共和国建交联合公报》')).toBeUndefined();
  });
});

describe('how firmly', () => {
  it('maps each signalling verb to its modality', () => {
    const modality = (zh: string) => readSentence(zh)?.modality;
    expect(modality('双方将继续密切协调立场。')).toBe('will');
    expect(modality('双方一致同意积极推进商签工作。')).toBe('agree');
    expect(modality('双方商定力争尽早互设文化中心。')).toBe('agree');
    expect(modality('中国和哈萨克斯坦致力于促进全球生物安全治理。')).toBe('committed');
    expect(modality('双方愿探索并研究共建第三个铁路口岸的可能性。')).toBe('ready');
    expect(modality('双方重申坚定恪守联合国宪章。')).toBe('reaffirm');
    expect(modality('哈方支持中方的倡议。')).toBe('support');
    expect(modality('双方赞成就全球性问题积极开展合作。')).toBe('support');
    expect(modality('中方欢迎哈方扩大输华商品种类。')).toBe('welcome');
    expect(modality('双方主张以相互尊重为基础发展国际关系。')).toBe('advocate');
    expect(modality('双方呼吁两国金融机构致力于加入GIP。')).toBe('call-for');
    expect(modality('双方强调，坚决反对外部势力干涉。')).toBe('oppose');
  });

  it('takes the earliest verb when a sentence has several', () => {
    expect(readSentence('哈方欢迎并支持绿色投资原则。')).toEqual({
      actor: 'kazakhstan',
      modality: 'welcome',
      marker: '欢迎',
    });
  });

  it('does not read 将 as “will” where it means “to make”, a date or a belief', () => {
    expect(readSentence('双方建立伙伴关系，将合作水平提升至新高度。')).toBeUndefined();
    expect(readSentence('第六届亚信峰会将于2022年10月举办。')).toBeUndefined();
    expect(readSentence('哈方坚信中国将如期完成发展目标。')).toBeUndefined();
    expect(readSentence('双方就此达成共识，并将积极推进修订工作。')?.modality).toBe('agree');
  });

  it('does not read a vision (愿景) or mutual support as a commitment', () => {
    expect(readSentence('双方在核心利益问题上相互坚定支持。')).toBeUndefined();
    expect(readSentence('中哈朝着两国命运共同体的愿景努力。')).toBeUndefined();
  });

  it('finds nothing in sentences that only describe or assess', () => {
    expect(readSentence('两国元首指出，建交30年来中哈关系取得重大进展。')).toBeUndefined();
    expect(readSentence('哈方感谢中方在疫情期间提供人道主义援助。')).toBeUndefined();
  });
});

describe('a whole text', () => {
  it('gives a sentence without a subject the actor of the sentence before', () => {
    const readings = readStatement([
      { id: 'pre-1.1', zh: '值此之际，中华人民共和国和哈萨克斯坦共和国（以下称“双方”）' },
      { id: 'pre-6.1', zh: '致力于推动强化多极国际秩序。' },
      { id: 's3-11.2', zh: '中方愿为峰会成功举行提供协助。' },
      { id: 's3-12.1', zh: '积极参与，支持该合作机制。' },
    ]);
    expect(readings.get('pre-1.1')).toBeUndefined();
    expect(readings.get('pre-6.1')).toEqual({ actor: 'both', modality: 'committed', marker: '致力于' });
    expect(readings.get('s3-12.1')?.actor).toBe('china');
  });
});
