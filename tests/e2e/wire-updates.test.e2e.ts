import type { ConsoleMessage, Page } from 'playwright-core';
import { type AdminSession, goToAdmin, openSignedInAdmin, useInterfaceLanguage } from './helpers/admin-ui';
import { DESKTOP, PHONE } from './helpers/browser';
import { ConsoleCapture, describeErrors } from './helpers/console';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';

/**
 * Updates, not copies (issue #20), on the Import page in Arabic: a story is imported, then a later version of it
 * (a rewritten first paragraph) is pasted; the page says "update of" the stored story with the change marked
 * (the History page's diff), and applying it writes it into the draft instead of making a copy. Screenshots:
 * wire-updates-{ar,en}-{desktop,phone}.png.
 */
const env = e2eEnv();
const RUN = Date.now();
const FIRST_PARAGRAPH = `أعلنت هيئة الأرصاد الجوية في الرياض ${RUN} أن موجة حر شديدة ستضرب المنطقة الشرقية خلال الأيام الثلاثة المقبلة.`;
/** The desk's rewrite of the first paragraph: a stronger warning, a start date and a figure. */
const REWRITTEN = `أعلنت هيئة الأرصاد الجوية في الرياض ${RUN} أن موجة حر غير مسبوقة ستضرب المنطقة الشرقية بدءاً من الغد، وقد تبلغ فيها الحرارة خمسين درجة.`;
const REST = [
  'وقالت الهيئة في بيان إن درجات الحرارة قد تتجاوز المعدلات المعتادة لهذا الوقت من العام بسبع درجات على الأقل.',
  'ودعت الهيئة المواطنين والمقيمين إلى تجنب التعرض المباشر لأشعة الشمس في ساعات الظهيرة وشرب كميات كافية من الماء.',
  'وأشارت إلى أن الرياح ستكون شمالية غربية معتدلة السرعة، مع فرصة لتكون الغبار على أجزاء من المنطقة الشرقية والوسطى.',
  'كما توقعت الهيئة أن تنخفض درجات الحرارة تدريجياً مطلع الأسبوع المقبل مع دخول كتلة هوائية أقل حرارة من الشمال.',
  'وأعلنت وزارة التعليم تقديم موعد انتهاء اليوم الدراسي ساعة كاملة في مدارس المنطقة الشرقية طوال فترة الموجة.',
  'ورفعت وزارة الصحة درجة الاستعداد في المستشفيات ومراكز الرعاية الأولية لاستقبال حالات الإجهاد الحراري وضربات الشمس.',
  'وطالبت شركة الكهرباء المشتركين بترشيد الاستهلاك في ساعات الذروة بين الثانية ظهراً والخامسة مساء لتفادي انقطاع التيار.',
  'وقررت البلديات تعديل مواعيد عمل العمال في المواقع المكشوفة بحيث يتوقف العمل من منتصف النهار حتى الثالثة عصراً.',
  'وقال خبراء في المناخ إن موجات الحر في المنطقة أصبحت أطول وأشد خلال السنوات العشر الأخيرة مقارنة بالعقود السابقة.',
  'ونصحت جمعية الهلال الأحمر بعدم ترك الأطفال وكبار السن داخل السيارات المغلقة ولو لدقائق قليلة خلال أيام الموجة.',
];
const copyWith = (lead: string) => ['الرياض - رويترز', lead, ...REST].join('\n');

let session: AdminSession;
let capture: ConsoleCapture;
let page: Page;
const missing: string[] = [];

async function paste(text: string): Promise<void> {
  await goToAdmin(page, `${env.baseUrl}/admin/plugins/newsroom/import`);
  await page.locator('textarea').fill(text);
  await page.locator('button', { hasText: /^(Import|استيراد)$/ }).click();
}

beforeAll(async () => {
  session = await openSignedInAdmin(env, 'console-wire-updates.json');
  ({ capture, page } = session);
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' && message.text().includes('MISSING_TRANSLATION')) missing.push(message.text());
  });
  await useInterfaceLanguage(page, env, 'ar');
});

afterAll(async () => {
  await session?.close();
});

describe('a later version of an imported story on the Import page', () => {
  it('imports the first version as a new draft', async () => {
    await paste(copyWith(FIRST_PARAGRAPH));
    await page.waitForURL((url) =>
      url.pathname.startsWith('/admin/content-manager/collection-types/api::article.article/'),
    );
  });

  it('offers the rewritten story as an update of that draft, with the change marked, in Arabic', async () => {
    await paste(copyWith(REWRITTEN));
    const offer = page.locator('[data-testid="import-update"]');
    await offer.waitFor({ state: 'visible', timeout: 30000 });
    const text = (await offer.textContent()) ?? '';
    expect(text).toContain('تحديث لـ');
    expect(text).toContain('نص شبه مطابق');
    // The change: the new words inserted, the old ones deleted, right to left.
    expect(await offer.locator('ins', { hasText: 'مسبوقة' }).count()).toBeGreaterThan(0);
    expect(await offer.locator('del', { hasText: 'شديدة' }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (globalThis as unknown as { document: { dir: string } }).document.dir)).toBe(
      'rtl',
    );
    for (const language of ['ar', 'en'] as const) {
      if (language === 'en') {
        await useInterfaceLanguage(page, env, 'en');
        await paste(copyWith(REWRITTEN));
        await offer.waitFor({ state: 'visible', timeout: 30000 });
        expect(await offer.textContent()).toContain('Update of');
      }
      await page.setViewportSize(DESKTOP);
      await offer.scrollIntoViewIfNeeded();
      await saveScreenshot(page, env.artifactsDir, `wire-updates-${language}-desktop`);
      await page.setViewportSize(PHONE);
      await offer.scrollIntoViewIfNeeded();
      await saveScreenshot(page, env.artifactsDir, `wire-updates-${language}-phone`);
    }
    await page.setViewportSize(DESKTOP);
    await useInterfaceLanguage(page, env, 'ar');
  });

  it('applies it to the draft: listed as updated, and the same copy again is already imported', async () => {
    await paste(copyWith(REWRITTEN));
    const offer = page.locator('[data-testid="import-update"]');
    await offer.waitFor({ state: 'visible', timeout: 30000 });
    await offer.locator('button', { hasText: 'تطبيق على المسودة' }).click();
    const results = page.locator('[data-testid="import-results"]');
    await results.waitFor({ state: 'visible', timeout: 30000 });
    expect(await page.locator('[data-testid="import-update"]').count()).toBe(0);
    expect(await results.textContent()).toContain('حُدّث (1)');
    await paste(copyWith(REWRITTEN));
    await results.waitFor({ state: 'visible', timeout: 30000 });
    expect(await results.textContent()).toContain('المحتوى نفسه مستورد من قبل');
  });

  it('logs no unexpected console errors and no MISSING_TRANSLATION', () => {
    expect(missing).toEqual([]);
    expect(describeErrors(capture.unexpected())).toBe('');
  });
});
