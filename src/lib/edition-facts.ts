import type { StatementFacts } from './citation.ts';
import { t } from '../i18n/index.ts';

interface EditionData {
  title: { zh: string; en: string };
  parties: { zh: string; en: string }[];
  signed: string;
  place: { zh: string; en: string };
}

/** The facts a citation needs, from the edition entry and the site's own name. */
export function statementFacts(edition: EditionData): StatementFacts {
  return {
    title: edition.title,
    parties: edition.parties,
    signed: edition.signed,
    place: { zh: edition.place.zh, en: edition.place.en },
    edition: {
      zh: `${t('zh', 'site.name')}：${t('zh', 'site.tagline')}`,
      // The container names the translation's status, so every English style prints it.
      en: `${t('en', 'site.name')}: ${t('en', 'site.tagline')} (unofficial English translation)`,
    },
  };
}

/** The day the site was built: the access date printed in citations until the reader's browser replaces it. */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);
