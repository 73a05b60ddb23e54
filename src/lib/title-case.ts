/**
 * Title case as each citation style wants it. The edition's titles are
 * written once (content/source/edition.json, the i18n site name); each style
 * gets them in its own case.
 */

/** Words Chicago headline case leaves lower case inside a title (CMOS 17, 8.159). */
const MINOR_WORDS = new Set(
  'a an the and but or nor for so yet as at between by for from in into of on onto over per to up upon via with'.split(
    ' ',
  ),
);

/** Words sentence case keeps capitalised: proper nouns in the edition's titles. */
const PROPER_NOUNS = new Set(
  "China Chinese Kazakhstan Kazakh People's People’s Republic Nur-Sultan Astana Xinhua Renmin Ribao Daily English Russian".split(
    ' ',
  ),
);

const upperFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * Chicago headline case: every word capitalised except articles, prepositions
 * and coordinating conjunctions, which stay lower case unless they open the
 * title or a subtitle (after a colon) or close it. Both parts of a hyphenated
 * compound are capitalised.
 */
export function headlineCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((word, i) => {
      const opens = i === 0 || /:$/.test(words[i - 1] ?? '');
      const closes = i === words.length - 1;
      const bare = word.replace(/[^\p{L}'’]/gu, '').toLowerCase();
      if (MINOR_WORDS.has(bare) && !opens && !closes) return word.toLowerCase();
      return word
        .split(/([-–])/)
        .map((part) => upperFirst(part))
        .join('');
    })
    .join(' ');
}

/**
 * APA sentence case: only the first word of the title and of a subtitle
 * (after a colon) and proper nouns keep a capital.
 */
export function sentenceCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((word, i) => {
      const opens = i === 0 || /:$/.test(words[i - 1] ?? '');
      const parts = word.split(/([-–])/).map((part) => {
        const bare = part.replace(/[^\p{L}'’-]/gu, '');
        return PROPER_NOUNS.has(bare) || /^[\p{Lu}\d]{2,}$/u.test(bare) ? part : part.toLowerCase();
      });
      const joined = parts.join('');
      return opens ? upperFirst(joined) : joined;
    })
    .join(' ');
}
