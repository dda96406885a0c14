/**
 * A small hand-made archive for the copy-desk tests (test support, not runtime code): the doubled
 * spellings used correctly in their usual phrases, and الجنة (paradise) used correctly too, so a
 * test can tell "real word in the wrong place" from "real word in its place".
 */
import { buildFrequencyModel } from './counter';
import type { FrequencyModel } from './model';

const ARCHIVE_LINES = [
  'اجتمع رئيس اللجنة العسكرية مع الوفد',
  'قال رئيس اللجنة العسكرية إن اللقاء كان مثمرا',
  'أكد رئيس اللجنة العسكرية أهمية التعاون',
  'عقدت اللجنة العسكرية اجتماعها الدوري',
  'وصف الوزير هذا اللقاء بأنه مهم',
  'جاء هذا اللقاء بعد أسابيع من التحضير',
  'تناول هذا اللقاء ملفات الأمن',
  'يهدف المشروع إلى تعزيز قدرات المؤسسات الأمنية',
  'تطوير المؤسسات الأمنية أولوية',
  'دعم المؤسسات الأمنية والمدنية',
  'وهو ما يعزز من قدرة البلاد',
  'بما يعزز من الاستقرار',
  'الاتفاق يعزز من التعاون',
  'دعا إلى إطار للتعاون المستمر بين البلدين',
  'أكد أهمية الحوار للتعاون المستمر',
  'وعد الخطيب المؤمنين الجنة في خطبة الجمعة',
  'قال إن الجنة تحت أقدام الأمهات',
];

/** The archive, each line counted three times (pairs seen once are pruned). */
export function testModel(): FrequencyModel {
  return buildFrequencyModel([...ARCHIVE_LINES, ...ARCHIVE_LINES, ...ARCHIVE_LINES]);
}
