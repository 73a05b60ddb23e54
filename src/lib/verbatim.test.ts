import { describe, expect, it } from 'vitest';
import { parseStatementFile } from './markdown/statement-file.ts';
import { readManifest } from './edition/manifest.ts';
import { verbatimProblems } from './verbatim.ts';

const [chinese, russian] = readManifest({
  texts: [
    {
      code: 'zh',
      lang: 'zh-Hans',
      role: 'authentic',
      source: 'source/statement.zh.txt',
      label: { en: 'Chinese', zh: '中文' },
    },
    { code: 'ru', lang: 'ru', role: 'authentic', source: 'source/statement.ru.txt' },
  ],
}).texts as [never, never];

/** The first paragraph of an MDX body, as the edition's parser reads it. */
function paragraph(body: string) {
  const block = parseStatementFile(`---\npart: section-1\n---\n\n${body}\n`).blocks[0];
  if (!block) throw new Error(`no paragraph in ${body}`);
  return block;
}

const check = (body: string, source: string, text: typeof chinese) =>
  verbatimProblems(paragraph(body), { line: 5, text: source }, text, 'source/statement.xx.txt line 5');

describe('a Chinese-script authentic text against its source', () => {
  const source = '双方指出,两国关系保持良好发展势头。双方愿进一步加强交流!';

  it('passes with the source’s ASCII , ; ( ) : printed full-width, and nothing else changed', () => {
    const body =
      '<P id="s1-1">\n<S id="s1-1.1">双方指出，两国关系保持良好发展势头。</S><S id="s1-1.2">双方愿进一步加强交流!</S>\n</P>';
    expect(check(body, source, chinese)).toEqual([]);
  });

  it('names the ASCII punctuation the edition prints full-width', () => {
    const problems = check(
      '<P id="s1-1">双方指出,两国关系保持良好发展势头。双方愿进一步加强交流!</P>',
      source,
      chinese,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe(
      'Chinese paragraph s1-1 uses ASCII punctuation where the edition prints full-width.',
    );
  });

  it('refuses a space between two sentences, which a Chinese reader would see', () => {
    const body =
      '<P id="s1-1">\n<S id="s1-1.1">双方指出，两国关系保持良好发展势头。</S> <S id="s1-1.2">双方愿进一步加强交流!</S>\n</P>';
    expect(check(body, source, chinese)[0]?.message).toMatch(
      /differs from the authentic text \(source\/statement\.xx\.txt line 5\) at character 19: the file has “ ” \(U\+0020\) where the source has “双”/,
    );
  });
});

describe('a Russian authentic text against its source', () => {
  const source = 'Стороны считают, что «сотрудничество не имеет границ». Стороны готовы (и далее): к обмену.';

  it('passes with its sentences on lines of their own: the page shows a line break as one space', () => {
    const body = [
      '<P id="s1-2">',
      '<S id="s1-2.1">Стороны считают, что «сотрудничество не имеет границ».</S>',
      '<S id="s1-2.2">Стороны готовы (и далее): к обмену.</S>',
      '</P>',
    ].join('\n');
    expect(check(body, source, russian)).toEqual([]);
  });

  it('keeps ASCII , ( ) : as they are: full-width restoration is for Chinese script only', () => {
    const body =
      '<P id="s1-2">Стороны считают， что «сотрудничество не имеет границ». Стороны готовы (и далее): к обмену.</P>';
    const [problem, ...rest] = check(body, source, russian);
    expect(rest).toEqual([]);
    expect(problem?.message).toBe(
      'Russian paragraph s1-2 differs from the authentic text (source/statement.xx.txt line 5) at character 16: the file has U+FF0C FULLWIDTH COMMA where the source has “,” (U+002C) (file “тают， что «с”, source “тают, что «с”).',
    );
    expect(problem?.fix).toBe('Copy the text of source/statement.xx.txt line 5 exactly.');
  });

  it('finds one letter changed, and says which', () => {
    const body =
      '<P id="s1-2">Стороны считают, что «сотрудничество не имеет границ». Стороны готова (и далее): к обмену.</P>';
    expect(check(body, source, russian)[0]?.message).toMatch(
      /at character 69: the file has U\+0430 CYRILLIC SMALL LETTER A where the source has “ы” \(U\+044B\) \(file “отова \(и дал”, source “отовы \(и дал”\)/,
    );
  });

  it('does not take a no-break space for a space: only what the page collapses is collapsed', () => {
    const body =
      '<P id="s1-2">Стороны\u00a0считают, что «сотрудничество не имеет границ». Стороны готовы (и далее): к обмену.</P>';
    expect(check(body, source, russian)[0]?.message).toMatch(/at character 8: the file has U\+00A0 NO-BREAK SPACE/);
  });

  it('refuses markup that reads as the same plain text', () => {
    const body =
      '<P id="s1-2">Стороны считают, что «**сотрудничество** не имеет границ». Стороны готовы (и далее): к обмену.</P>';
    const [problem] = check(body, source, russian);
    expect(problem?.message).toBe(
      'Russian paragraph s1-2 carries markup the authentic text does not have at character 23: “**сотрудниче” (the plain text matches source/statement.xx.txt line 5, the markup does not).',
    );
    expect(problem?.fix).toMatch(/^Only <S id="…"> and <Ref to="…"> may wrap Russian text/);
  });

  it('compares the signatures with the two signature lines, titles then names', () => {
    const body = [
      '<Signatures id="signatures">',
      '  <Signatory title="Президент Государства Цзя" name="Чжан Сань" />',
      '  <Signatory title="Премьер-министр Государства И" name="Ли Сы" />',
      '</Signatures>',
    ].join('\n');
    const lines = 'Президент Государства Цзя Премьер-министр Государства И\nЧжан Сань Ли Сы';
    expect(check(body, lines, russian)).toEqual([]);
    expect(check(body, lines.replace('Ли Сы', 'Ли Су'), russian)[0]?.message).toMatch(
      /^Russian paragraph signatures differs .* at character 71: the file has “ы” \(U\+044B\) where the source has U\+0443 CYRILLIC SMALL LETTER U/,
    );
  });
});
