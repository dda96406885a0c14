import { withDirection } from './with-direction';
import { directionOf } from '../../../../core/locale/direction';

describe('withDirection', () => {
  it('marks every localized document, populated relations included', () => {
    const body = {
      data: [
        { documentId: 'a1', locale: 'ar', title: 'خبر', authors: [{ documentId: 'p1', locale: 'ar', name: 'كاتب' }] },
        { documentId: 'a2', locale: 'en', title: 'Story', cover: { id: 3, url: '/x.png' } },
      ],
      meta: { pagination: { page: 1 } },
    };
    withDirection(body, (locale) => directionOf(locale));
    expect(body.data[0]).toMatchObject({ dir: 'rtl', authors: [{ dir: 'rtl' }] });
    expect(body.data[1]).toMatchObject({ dir: 'ltr' });
    expect(body.data[1].cover).not.toHaveProperty('dir');
    expect(body.meta).not.toHaveProperty('dir');
  });

  it('leaves non-objects and documents without a locale alone', () => {
    const plain = { documentId: 'x', name: 'no locale' };
    withDirection(plain, () => 'rtl');
    expect(plain).not.toHaveProperty('dir');
    expect(() => withDirection('text', () => 'rtl')).not.toThrow();
  });
});
