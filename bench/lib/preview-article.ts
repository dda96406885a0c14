/**
 * A realistic long Arabic article for the preview benchmark, built from the wire sample
 * (tests/fixtures/wire/iraq-nato-manama-dialogue.txt): its lead and sections, extended with
 * follow-up sections that mix Latin names, acronyms, numbers, dates, bold/italic runs, links and
 * quotes, until the body holds at least the requested number of words (as the renderer counts them).
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parseWireCopy } from '../../src/plugins/newsroom/server/src/domain/wire';
import { countWords, plainTextFromBlocks } from '../../src/plugins/newsroom/core/text/word-count';

export const WIRE_STORY_PATH = resolve(__dirname, '../../tests/fixtures/wire/iraq-nato-manama-dialogue.txt');

export interface TextLeaf {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextLeaf[];
}
export interface ParagraphNode {
  type: 'paragraph';
  children: Array<TextLeaf | LinkNode>;
}
export interface HeadingNode {
  type: 'heading';
  level: 2 | 3;
  children: TextLeaf[];
}
export interface QuoteNode {
  type: 'quote';
  children: TextLeaf[];
}
export type BodyNode = ParagraphNode | HeadingNode | QuoteNode;

/** Everything the benchmark needs of the article, both for the pure renderer and for the database. */
export interface BenchArticle {
  title: string;
  standfirst: string;
  dateline: string;
  sourceUrl: string;
  originalPublishedAt: string;
  body: BodyNode[];
  authors: Array<{ name: string; jobTitle: string }>;
  topics: Array<{ name: string; slug: string }>;
  sources: Array<{ name: string; homepageUrl: string }>;
  /** Words of the body, as `countWords(plainTextFromBlocks(body))` counts them. */
  words: number;
}

const text = (value: string, marks: { bold?: boolean; italic?: boolean } = {}): TextLeaf => ({
  type: 'text',
  text: value,
  ...marks,
});
const paragraph = (...children: Array<TextLeaf | LinkNode>): ParagraphNode => ({ type: 'paragraph', children });
const heading = (value: string, level: 2 | 3 = 2): HeadingNode => ({ type: 'heading', level, children: [text(value)] });
const link = (url: string, label: string): LinkNode => ({ type: 'link', url, children: [text(label)] });

/**
 * Follow-up copy as a newsroom adds it to wire material: Latin names and acronyms inside Arabic
 * sentences, figures, dates, percentages, a quote and links. `round` varies the numbers so that
 * repeated sections are not byte-identical.
 */
function followUp(round: number): BodyNode[] {
  const year = 2025 + (round % 3);
  const troops = (1_200 + round * 75).toLocaleString('en-US');
  const share = 12 + round;
  return [
    heading(round % 2 === 0 ? 'خلفية: بعثة الناتو في العراق منذ 2018' : `ماذا بعد حوار المنامة ${21 + round}؟`),
    paragraph(
      text('أُطلقت '),
      text('بعثة حلف الناتو في العراق (NATO Mission Iraq)', { bold: true }),
      text(
        ` في تشرين الأول/أكتوبر 2018 بطلب من الحكومة العراقية، وتضم نحو ${troops} عنصر من الدول الأعضاء والشركاء، وتعمل في بغداد وفي مؤسسات التدريب التابعة لوزارة الدفاع. وتقول البعثة إن مهمتها "غير قتالية" وإنها تقتصر على الاستشارة وبناء القدرات، وإن عدد المستشارين ارتفع بنسبة ${share}% خلال عام ${year - 1}.`,
      ),
    ),
    paragraph(
      text('وقال الأمين العام للحلف '),
      text('Mark Rutte', { bold: true }),
      text(` في تصريحات سابقة إن "استقرار العراق جزء من أمن الجوار الجنوبي للحلف"، فيما أشار تقرير صادر عن `),
      text('International Institute for Strategic Studies (IISS)', { italic: true }),
      text(
        `، الجهة المنظمة لحوار المنامة، إلى أن الإنفاق الدفاعي في منطقة الخليج بلغ نحو 110 مليارات دولار في عام ${year - 1}، أي ما يعادل 4.5% من الناتج المحلي الإجمالي. ويمكن الاطلاع على تفاصيل البعثة في `,
      ),
      link('https://www.nato.int/cps/en/natohq/topics_166936.htm', 'الموقع الرسمي للحلف'),
      text('.'),
    ),
    {
      type: 'quote',
      children: [
        text(
          `"نريد شراكة تقوم على الاحترام المتبادل والسيادة الكاملة للعراق" — قاسم الأعرجي، المنامة، 7 كانون الأول/ديسمبر ${year - 1}.`,
        ),
      ],
    },
    heading('أرقام وتواريخ', 3),
    paragraph(
      text(
        `انعقدت الدورة الحادية والعشرون من حوار المنامة (Manama Dialogue) بين 1 و3 كانون الأول/ديسمبر بمشاركة أكثر من 500 مسؤول وخبير من 40 دولة، بينهم وزراء دفاع وخارجية ورؤساء أركان. وشهد المؤتمر ${6 + round} جلسات عامة و${14 + round} اجتماعاً ثنائياً معلناً، وبُثّت الجلسات مباشرة عبر الموقع `,
      ),
      link('https://www.iiss.org/events/manama-dialogue/', 'iiss.org'),
      text(
        ` وتابعها نحو ${(35_000 + round * 1_500).toLocaleString('en-US')} مشاهد. وفي عام 2024 وقّع العراق والحلف مذكرة لتوسيع التدريب لتشمل الأمن السيبراني (cyber defence) ومكافحة العبوات الناسفة (C-IED) وإدارة الحدود.`,
      ),
    ),
    paragraph(
      text(
        'ويرى محللون أن توقيت اللقاء مرتبط بإعادة ترتيب الوجود الدولي في العراق بعد انتهاء مهمة التحالف الدولي ضد تنظيم داعش (',
      ),
      text('Global Coalition to Defeat ISIS', { italic: true }),
      text(
        `) المقرر في أيلول/سبتمبر 2026، إذ تتحول العلاقة من إطار عسكري إلى إطار استشاري ثنائي. ويتوقع خبراء أن ترتفع ميزانية البعثة إلى 45 مليون يورو سنوياً، وأن يزور وفد من القيادة العسكرية للحلف بغداد خلال الربع الأول من عام ${year}.`,
      ),
    ),
  ];
}

function wireBody(
  lead: string,
  sections: ReadonlyArray<{ heading?: string; paragraphs: readonly string[] }>,
): BodyNode[] {
  return [
    ...(lead === '' ? [] : [paragraph(text(lead))]),
    ...sections.flatMap((section) => [
      ...(section.heading ? [heading(section.heading)] : []),
      ...section.paragraphs.map((value) => paragraph(text(value))),
    ]),
  ];
}

export const bodyWords = (body: readonly BodyNode[]): number => countWords(plainTextFromBlocks(body));

/** The wire story, then follow-up sections and the wire sections again, until `minWords` words. */
export function buildBenchArticle(minWords = 2_000): BenchArticle {
  const story = parseWireCopy(readFileSync(WIRE_STORY_PATH, 'utf8'));
  const wire = wireBody(story.lead, story.sections);
  const sectionsOnly = wireBody('', story.sections);
  const body: BodyNode[] = [...wire];
  for (let round = 0; bodyWords(body) < minWords; round += 1) {
    if (round > 50) throw new Error(`buildBenchArticle: cannot reach ${minWords} words from the wire sample`);
    const extra = round % 2 === 0 ? followUp(round) : sectionsOnly;
    for (const node of extra) {
      body.push(node);
      if (bodyWords(body) >= minWords) break;
    }
  }
  return {
    title: 'العراق وحلف الناتو يبحثان التعاون الأمني على هامش حوار المنامة',
    standfirst: `لقاء الأعرجي ودراكوني في البحرين يؤكد استمرار عمل بعثة الناتو في العراق (NMI) في الاستشارة والتدريب، وسط نقاش حول مرحلة ما بعد 2026.`,
    dateline: story.byline.dateline ?? 'المنامة',
    sourceUrl: 'https://www.ina.iq/eng/index.php',
    originalPublishedAt: '2025-12-07T09:00:00.000Z',
    body,
    authors: [
      { name: story.byline.persons[0] ?? 'سيد محمد', jobTitle: 'مراسل' },
      { name: 'Sarah Collins', jobTitle: 'Defence correspondent' },
    ],
    topics: [
      { name: 'الشرق الأوسط', slug: 'الشرق-الأوسط' },
      { name: 'التعاون الأمني', slug: 'التعاون-الأمني' },
      { name: 'NATO', slug: 'nato' },
      { name: 'العراق', slug: 'العراق' },
    ],
    sources: [{ name: 'وكالة الأنباء العراقية', homepageUrl: 'https://www.ina.iq' }],
    words: bodyWords(body),
  };
}
