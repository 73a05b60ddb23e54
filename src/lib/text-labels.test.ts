import { describe, expect, it } from 'vitest';
import { pdfFooterNote, textsNote } from './text-labels.ts';

const zh = { code: 'zh', role: 'authentic', label: { en: 'Chinese', zh: '中文' } } as const;
const en = { code: 'en', role: 'translation', label: { en: 'English', zh: '英文' } } as const;
const ru = { code: 'ru', role: 'translation', label: { en: 'Russian', zh: '俄文' } } as const;

describe('the note on the texts a share image or a PDF shows', () => {
  it('says which translation is unofficial and which text is authentic, in the interface’s language', () => {
    expect(textsNote('en', ['zh', 'en'], [zh, en])).toBe(
      'Unofficial English translation · the Chinese text is authentic',
    );
    expect(textsNote('zh', ['zh', 'en'], [zh, en])).toBe('英文为非官方译文 · 中文为作准文本');
  });

  it('names a third text by its registry label, and lists several translations as one', () => {
    expect(textsNote('en', ['zh', 'en', 'ru'], [zh, en, ru])).toBe(
      'Unofficial English and Russian translations · the Chinese text is authentic',
    );
    expect(textsNote('zh', ['zh', 'en', 'ru'], [zh, en, ru])).toBe('英文和俄文为非官方译文 · 中文为作准文本');
    expect(textsNote('en', ['ru'], [zh, en, ru])).toBe(
      'Unofficial Russian translation · the Chinese text is authentic',
    );
  });

  it('names only the authentic text for a print of the authentic text alone', () => {
    expect(textsNote('zh', ['zh'], [zh, en, ru])).toBe('中文为作准文本');
  });
});

describe('the footer of a PDF', () => {
  it('is in the PDF’s own text language where the interface has it, in English otherwise', () => {
    expect(pdfFooterNote('zh', [zh, en, ru])).toEqual({ locale: 'zh', note: '中文为作准文本' });
    expect(pdfFooterNote('en', [zh, en, ru])).toEqual({
      locale: 'en',
      note: 'Unofficial English translation · the Chinese text is authentic',
    });
    // No Russian interface: the Russian PDF is printed from the English one.
    expect(pdfFooterNote('ru', [zh, en, ru])).toEqual({
      locale: 'en',
      note: 'Unofficial Russian translation · the Chinese text is authentic',
    });
    expect(pdfFooterNote('both', [zh, en, ru]).note).toBe(
      'Unofficial English and Russian translations · the Chinese text is authentic',
    );
  });
});
