/** JSON Schema (2020-12) of /data/statement.json, published beside it. */
export const STATEMENT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'China–Kazakhstan Joint Statement of 14 September 2022: bilingual edition',
  type: 'object',
  required: ['provenance', 'dateline', 'parts'],
  properties: {
    provenance: {
      type: 'object',
      description:
        'Title, date and place of signature, parties, the source file and its SHA-256, publication, licence, translation status.',
      required: ['title', 'signed', 'place', 'parties', 'sourceSha256', 'licence', 'translation'],
    },
    dateline: {
      type: 'string',
      description: 'The news agency dateline printed after the signatures (not statement text).',
    },
    parts: {
      type: 'array',
      description: 'Preamble, sections 一–五, closing, in order.',
      items: {
        type: 'object',
        required: ['slug', 'title', 'subject', 'paragraphs'],
        properties: {
          slug: {
            type: 'string',
            enum: ['preamble', 'section-1', 'section-2', 'section-3', 'section-4', 'section-5', 'closing'],
          },
          title: { $ref: '#/$defs/bilingual' },
          subject: { $ref: '#/$defs/bilingual', description: "The editor's description, not statement text." },
          paragraphs: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'label', 'zh', 'en', 'sentences', 'cites'],
              properties: {
                id: {
                  type: 'string',
                  pattern: '^(pre-\\d+|s[1-5]-\\d+|closing|signatures)$',
                  description: 'Stable paragraph id; never renamed or removed.',
                },
                label: { $ref: '#/$defs/bilingual', description: 'How the paragraph is cited: II.5 / 二.5.' },
                zh: { type: 'string', description: 'The authentic Chinese text.' },
                en: { type: 'string', description: "The edition's unofficial English translation." },
                sentences: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id', 'zh', 'en'],
                    properties: {
                      id: { type: 'string', pattern: '^[a-z0-9-]+\\.\\d+$' },
                      zh: { type: 'string' },
                      en: { type: 'string' },
                    },
                  },
                },
                cites: {
                  type: 'array',
                  items: { type: 'string' },
                  description: 'Keys of the register entries the paragraph mentions (see instruments.json).',
                },
              },
            },
          },
        },
      },
    },
  },
  $defs: {
    bilingual: {
      type: 'object',
      required: ['zh', 'en'],
      properties: { zh: { type: 'string' }, en: { type: 'string' } },
    },
  },
} as const;
