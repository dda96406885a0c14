import { NOTIFICATION_KINDS } from '../../../../shared/contracts/notifications';
import { digestDue, digestOf, emailOf, languageOf, lineOf } from './messages';

const facts = {
  kind: 'mentioned' as const,
  title: 'الوزير <b>يعلن</b>',
  actorName: 'Sara Ali',
  excerpt: 'هل "المصدر" موثوق؟',
  link: 'https://cms.example/admin/content-manager/collection-types/api::article.article/abc?plugins[i18n][locale]=ar',
};

describe('notification messages', () => {
  it('has a line for every kind in both languages, naming the story', () => {
    for (const kind of NOTIFICATION_KINDS)
      for (const language of ['ar', 'en'] as const)
        expect(lineOf({ kind, title: 'عنوان', actorName: null }, language)).toContain('عنوان');
  });

  it('Arabic e-mail: rtl, Arabic language, escaped text, the headline and name isolated, a link', () => {
    const mail = emailOf(facts, 'ar');
    expect(mail.subject).toBe('أشار إليك Sara Ali في تعليق على «الوزير <b>يعلن</b>»');
    expect(mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail.html).toContain('<bdi>الوزير &lt;b&gt;يعلن&lt;/b&gt;</bdi>');
    expect(mail.html).toContain('<bdi>Sara Ali</bdi>');
    expect(mail.html).toContain('هل &quot;المصدر&quot; موثوق؟');
    expect(mail.html).toContain(
      'href="https://cms.example/admin/content-manager/collection-types/api::article.article/abc?plugins[i18n][locale]=ar"',
    );
    expect(mail.text).toContain(facts.link);
    expect(mail.text).not.toContain('<bdi>');
  });

  it('English e-mail: ltr', () => {
    const mail = emailOf(facts, 'en');
    expect(mail.html).toContain('<html lang="en" dir="ltr">');
    expect(mail.subject).toBe('Sara Ali mentioned you in a comment on “الوزير <b>يعلن</b>”');
  });

  it('a digest counts its items and lists each', () => {
    const mail = digestOf([facts, { ...facts, kind: 'approved' }], 'ar');
    expect(mail.subject).toBe('ملخّص إشعاراتك اليومي: 2');
    expect(mail.text.split(facts.link)).toHaveLength(3);
  });

  it('the interface language: English when the user chose it, Arabic otherwise', () => {
    expect(languageOf('en')).toBe('en');
    expect(languageOf('ar')).toBe('ar');
    expect(languageOf(null)).toBe('ar');
    expect(languageOf('fr')).toBe('ar');
  });
});

describe('digestDue (07:00 in Baghdad = 04:00 UTC)', () => {
  const at = (iso: string) => new Date(iso);
  it('not before the hour, due after it, once a day', () => {
    expect(digestDue(at('2026-12-06T03:59:00Z'), null, 7, 'Asia/Baghdad')).toBe(false);
    expect(digestDue(at('2026-12-06T04:00:00Z'), null, 7, 'Asia/Baghdad')).toBe(true);
    expect(digestDue(at('2026-12-06T09:00:00Z'), at('2026-12-06T04:00:30Z'), 7, 'Asia/Baghdad')).toBe(false);
    expect(digestDue(at('2026-12-06T09:00:00Z'), at('2026-12-05T20:00:00Z'), 7, 'Asia/Baghdad')).toBe(true);
  });
  it('in a zone with a half-hour offset', () => {
    // 07:00 in Kolkata = 01:30 UTC.
    expect(digestDue(at('2026-12-06T01:29:00Z'), null, 7, 'Asia/Kolkata')).toBe(false);
    expect(digestDue(at('2026-12-06T01:31:00Z'), null, 7, 'Asia/Kolkata')).toBe(true);
  });
});
