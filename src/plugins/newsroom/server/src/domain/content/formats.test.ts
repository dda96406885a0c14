import { findFormatErrors } from './formats';

const attributes = {
  sourceUrl: { type: 'string', regex: '^https?://[^\\s<>"\']+$' },
  colour: { type: 'string', regex: '^#[0-9a-fA-F]{6}$' },
  title: { type: 'string' },
};

describe('findFormatErrors', () => {
  it('names each field whose value does not match its regex', () => {
    expect(
      findFormatErrors(attributes, { sourceUrl: 'javascript:alert(1)', colour: 'red', title: 'anything' }),
    ).toEqual([
      { path: ['sourceUrl'], message: 'sourceUrl does not match the expected format' },
      { path: ['colour'], message: 'colour does not match the expected format' },
    ]);
  });

  it('accepts good values, empty strings, nulls and fields without a regex', () => {
    expect(findFormatErrors(attributes, { sourceUrl: 'https://www.ina.iq/123', colour: '#8a1c1c', title: '' })).toEqual(
      [],
    );
    expect(findFormatErrors(attributes, { sourceUrl: '', colour: null, unknown: 'x' })).toEqual([]);
  });

  it('checks the fields inside components, single and repeatable, with their Strapi paths', () => {
    const url = { type: 'string', regex: '^https?://[^\\s<>"\']+$' };
    const components = { 'shared.seo': { canonicalUrl: url }, 'shared.link': { url } };
    const withComponents = {
      seo: { type: 'component', component: 'shared.seo' },
      links: { type: 'component', component: 'shared.link', repeatable: true },
    };
    const componentsOf = (uid: string) => components[uid as keyof typeof components];
    expect(
      findFormatErrors(
        withComponents,
        { seo: { canonicalUrl: 'partner.example/story' }, links: [{ url: 'https://ok.example' }, { url: 'ftp://x' }] },
        componentsOf,
      ),
    ).toEqual([
      { path: ['seo', 'canonicalUrl'], message: 'seo.canonicalUrl does not match the expected format' },
      { path: ['links', '1', 'url'], message: 'links.1.url does not match the expected format' },
    ]);
    expect(
      findFormatErrors(
        withComponents,
        { seo: { canonicalUrl: 'https://partner.example/s' }, links: null },
        componentsOf,
      ),
    ).toEqual([]);
  });
});
