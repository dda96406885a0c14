import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Badge, Flex, Typography } from '@strapi/design-system';
import {
  unstable_useContentManagerContext as useContentManagerContext,
  useForm,
  useQueryParams,
} from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { ARTICLE_UID } from '../../../core/model';
import { useGetProposedTitleQuery } from '../api/newsroomApi';
import { getTranslation } from '../utils/getTranslation';

type LocaleQuery = { plugins?: { i18n?: { locale?: string } } };

const TITLE_INPUT = 'main input[name="title"]';
const HOST_ATTRIBUTE = 'data-newsroom-proposed-title-host';

/**
 * The element under the title field the marker is drawn into: inserted after the input's box, inside the field
 * (the Content Manager has no zone there); null until the field is on the page. Re-created if the form re-mounts.
 */
const useHostUnderTitle = (active: boolean): HTMLElement | null => {
  const [host, setHost] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!active) return undefined;
    const root = document.querySelector('main') ?? document.body;
    const place = () => {
      const box = document.querySelector(TITLE_INPUT)?.parentElement;
      if (!box) return;
      const existing = box.nextElementSibling;
      if (existing instanceof HTMLElement && existing.hasAttribute(HOST_ATTRIBUTE)) {
        setHost((current) => (current === existing ? current : existing));
        return;
      }
      const created = document.createElement('div');
      created.setAttribute(HOST_ATTRIBUTE, '');
      box.after(created);
      setHost(created);
    };
    place();
    const observer = new MutationObserver(place);
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      document.querySelectorAll(`[${HOST_ATTRIBUTE}]`).forEach((element) => element.remove());
      setHost(null);
    };
  }, [active]);
  return host;
};

/**
 * «عنوان مقترح — عدّله قبل النشر» under an article's title while it is still the headline the importer proposed
 * (copy that came without one): gone as soon as the title in the form differs from the proposal, and for good
 * once the edited title is saved (the route then answers null).
 */
export const ProposedTitleMarker = () => {
  const { formatMessage } = useIntl();
  const { model, id } = useContentManagerContext();
  const [{ query }] = useQueryParams<LocaleQuery>();
  const locale = query.plugins?.i18n?.locale ?? 'ar';
  const title = useForm('ProposedTitleMarker', (state) => (state.values as { title?: unknown }).title);
  const saved = model === ARTICLE_UID && typeof id === 'string' && id !== '' && id !== 'create';
  const { currentData: proposed } = useGetProposedTitleQuery({ documentId: id ?? '', locale }, { skip: !saved });
  const shown = saved && typeof proposed === 'string' && proposed !== '' && title === proposed;
  const host = useHostUnderTitle(shown);
  if (!shown) return null;
  const marker = (
    <Flex gap={2} paddingTop={1} data-newsroom-proposed-title="">
      <Badge active>
        {formatMessage({ id: getTranslation('proposedTitle.badge'), defaultMessage: 'Proposed headline' })}
      </Badge>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('proposedTitle.hint'),
          defaultMessage: 'Proposed from the lead on import — edit it before publishing.',
        })}
      </Typography>
    </Flex>
  );
  return host ? createPortal(marker, host) : marker;
};
