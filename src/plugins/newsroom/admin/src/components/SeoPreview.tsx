import { useMemo } from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { directionOf } from '../../../core/locale/direction';
import { ARTICLE_UID } from '../../../core/model';
import {
  lengthCheck,
  resolveSeo,
  SEO_LIMITS,
  type LengthCheck,
  type SeoFields,
  type SeoImageSource,
} from '../../../core/seo/fields';
import { seoAddressParts } from '../../../core/seo/address';
import { useDirectionSettings } from '../hooks/useDirectionSettings';
import { getTranslation } from '../utils/getTranslation';

/** A media field's value in the edit form (the upload plugin's file). */
type FormFile = { url?: unknown; alternativeText?: unknown; width?: unknown; height?: unknown } | null | undefined;
type FormSeo = Omit<SeoFields, 'socialImage'> & { socialImage?: FormFile };
interface FormValues {
  title?: string | null;
  standfirst?: string | null;
  slug?: string | null;
  cover?: FormFile;
  seo?: FormSeo | null;
}

const imageOf = (file: FormFile): SeoImageSource | null =>
  file && typeof file.url === 'string'
    ? {
        url: file.url,
        alt: typeof file.alternativeText === 'string' ? file.alternativeText : null,
        width: typeof file.width === 'number' ? file.width : null,
        height: typeof file.height === 'number' ? file.height : null,
      }
    : null;

/** "43 / 60", red with a warning past the limit (warned, not refused: the site shows the field as written). */
const Counter = ({ label, check }: { label: string; check: LengthCheck }) => {
  const { formatMessage } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Flex justifyContent="space-between" gap={2}>
        <Typography variant="pi" fontWeight="bold">
          {label}
        </Typography>
        <Typography
          variant="pi"
          dir="auto"
          textColor={check.over ? 'danger600' : 'neutral600'}
          data-testid={check.limit === SEO_LIMITS.metaTitle ? 'seo-title-count' : 'seo-description-count'}
        >
          {formatMessage(
            { id: getTranslation('seo.count'), defaultMessage: '{count} of {limit}' },
            { count: check.count, limit: check.limit },
          )}
        </Typography>
      </Flex>
      {check.over && (
        <Typography variant="pi" textColor="danger600">
          {formatMessage(
            {
              id: getTranslation('seo.tooLong'),
              defaultMessage: 'Longer than {limit} characters: search engines will cut it short.',
            },
            { limit: check.limit },
          )}
        </Typography>
      )}
    </Flex>
  );
};

/**
 * How the article will look in a search result and on a social network, from the form as it is now (saved or
 * not): the SEO fields where set, else the headline, standfirst and cover (core/seo/fields.ts, as the site read).
 * The frame takes the direction of the article's language; each text is isolated (`dir="auto"`) so a Latin run
 * in Arabic copy, or the reverse, does not reorder what is around it.
 */
const SeoPreviews = ({ locale, documentId }: { locale: string; documentId: string | null }) => {
  const { formatMessage } = useIntl();
  const settings = useDirectionSettings();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const values = useForm('SeoPreview', (state) => state.values) as FormValues;
  const { title, standfirst, slug, cover, seo } = values;
  const resolved = useMemo(
    () =>
      resolveSeo(
        { title: title ?? '', standfirst: standfirst ?? null, cover: imageOf(cover) },
        seo ? { ...seo, socialImage: imageOf(seo.socialImage) } : null,
      ),
    [title, standfirst, cover, seo],
  );
  const dir = directionOf(locale);
  // The page's address as a search result shows it: the canonical override, else the site's URL and the article
  // path (core/seo/address.ts; the section, chosen from the published topics, shows as …), each part isolated so
  // an Arabic slug reads in its own direction inside the left-to-right address. Until the settings arrive: no host.
  const urlParts = resolved.canonical
    ? [resolved.canonical]
    : settings
      ? seoAddressParts(settings.site.url, settings.site.articlePaths[locale], { locale, slug, documentId })
      : [locale, '…', slug ?? ''];
  const origin = (kind: 'title' | 'description' | 'image') =>
    resolved.from[kind] === 'override' ? null : t(`seo.default.${kind}`, `From the ${kind}`);

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="seo-preview">
      {resolved.noindex && (
        <Badge textColor="danger700" backgroundColor="danger100">
          {t('seo.noindex', 'Hidden from search engines, sitemaps and feeds')}
        </Badge>
      )}
      <Counter label={t('seo.searchTitle', 'Search title')} check={lengthCheck(resolved.title, SEO_LIMITS.metaTitle)} />
      <Counter
        label={t('seo.searchDescription', 'Search description')}
        check={lengthCheck(resolved.description ?? '', SEO_LIMITS.metaDescription)}
      />

      <Typography variant="sigma" textColor="neutral600">
        {t('seo.searchPreview', 'In search results')}
      </Typography>
      <Box padding={3} hasRadius background="neutral0" borderColor="neutral200" dir={dir} data-testid="seo-search">
        <Typography tag="p" variant="pi" textColor="neutral600" ellipsis data-testid="seo-url">
          {urlParts.map((part, index) => (
            <span key={index}>
              {index > 0 && ' › '}
              <bdi dir="auto">{part}</bdi>
            </span>
          ))}
        </Typography>
        <Typography tag="p" variant="delta" textColor="primary700" dir="auto">
          {resolved.title || t('seo.noTitle', 'No title yet')}
        </Typography>
        <Typography tag="p" variant="pi" textColor="neutral800" dir="auto">
          {resolved.description ?? t('seo.noDescription', 'No description: write a standfirst or a search description')}
        </Typography>
        {(origin('title') || origin('description')) && (
          <Typography tag="p" variant="pi" textColor="neutral500">
            {[origin('title'), origin('description')].filter(Boolean).join(' · ')}
          </Typography>
        )}
      </Box>

      <Typography variant="sigma" textColor="neutral600">
        {t('seo.socialPreview', 'When shared')}
      </Typography>
      <Box
        hasRadius
        background="neutral100"
        borderColor="neutral200"
        dir={dir}
        overflow="hidden"
        data-testid="seo-social"
      >
        {resolved.image ? (
          <img
            src={resolved.image.url}
            alt={resolved.image.alt ?? ''}
            style={{ display: 'block', width: '100%', aspectRatio: '1.91 / 1', objectFit: 'cover' }}
          />
        ) : (
          <Box padding={3}>
            <Typography variant="pi" textColor="neutral600">
              {t('seo.noImage', 'No image: add a cover or a social image')}
            </Typography>
          </Box>
        )}
        <Box padding={3}>
          <Typography tag="p" variant="omega" fontWeight="bold" dir="auto">
            {resolved.title}
          </Typography>
          {resolved.description && (
            <Typography tag="p" variant="pi" textColor="neutral700" dir="auto">
              {resolved.description}
            </Typography>
          )}
          {origin('image') && resolved.image && (
            <Typography tag="p" variant="pi" textColor="neutral500">
              {origin('image')}
            </Typography>
          )}
          {resolved.image && !resolved.image.alt && (
            <Typography tag="p" variant="pi" textColor="warning600">
              {t('seo.noAlt', 'The image has no alternative text')}
            </Typography>
          )}
        </Box>
      </Box>
    </Flex>
  );
};

/** The "Search and social preview" side panel of the article edit view. Panels are called as hooks. */
export const SeoPanel: PanelComponent = ({ model, document }) => {
  const { formatMessage } = useIntl();
  if (model !== ARTICLE_UID) return null;
  const locale = typeof document?.locale === 'string' ? document.locale : 'ar';
  const documentId = typeof document?.documentId === 'string' ? document.documentId : null;
  return {
    title: formatMessage({ id: getTranslation('seo.title'), defaultMessage: 'Search and social preview' }),
    content: <SeoPreviews locale={locale} documentId={documentId} />,
  };
};
