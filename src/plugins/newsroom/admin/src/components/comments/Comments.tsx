import { useState } from 'react';
import {
  Box,
  Field,
  Flex,
  Loader,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { ANCHOR_FIELDS, MAX_QUOTE_LENGTH, type AnchorField } from '../../../../shared/contracts/comments';
import type { Lang } from '../../../../shared/contracts/workflow';
import { useGetCommentsQuery } from '../../api/newsroomApi';
import { getTranslation } from '../../utils/getTranslation';
import { CommentComposer } from './CommentComposer';
import { CommentThread } from './CommentThread';
import { useCommentActions } from './useCommentActions';

interface Props {
  documentId: string;
  locale: string;
}

/** The text the writer has selected on the page (in the edit form), offered as the quote. */
const selectedText = (): string => (globalThis.getSelection?.()?.toString() ?? '').trim().slice(0, MAX_QUOTE_LENGTH);

/**
 * "Comments": the article locale's threads, oldest first (resolved ones folded), and a new thread, optionally
 * quoting a field. Whoever may read the article may comment; the server decides the rest.
 */
export const Comments = ({ documentId, locale }: Props) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang: Lang = uiLocale.startsWith('ar') ? 'ar' : 'en';
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const { data, isError } = useGetCommentsQuery({ documentId, locale });
  const actions = useCommentActions(documentId, locale);
  const [field, setField] = useState<AnchorField | ''>('');
  const [quote, setQuote] = useState('');

  if (isError)
    return (
      <Typography variant="pi" textColor="danger600" data-newsroom-comments-error="">
        {t('comments.loadFailed', 'Could not load the comments')}
      </Typography>
    );
  if (!data) return <Loader small>{t('comments.loading', 'Loading comments')}</Loader>;

  const formatTime = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      // 24-hour, in the newsroom's time zone, as the workflow ledger lines show times.
      hourCycle: 'h23',
      timeZone: data.timezone,
    }).format(new Date(iso));

  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-newsroom-comments="">
      {data.threads.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('comments.none', 'No comments yet.')}
        </Typography>
      ) : (
        data.threads.map((thread) => (
          <CommentThread
            key={thread.id}
            documentId={documentId}
            locale={locale}
            thread={thread}
            maxTextLength={data.maxTextLength}
            formatTime={formatTime}
            actions={actions}
          />
        ))
      )}
      <Box paddingTop={2}>
        <Typography variant="sigma" textColor="neutral600">
          {t('comments.newThread', 'New comment')}
        </Typography>
        <CommentComposer
          documentId={documentId}
          locale={locale}
          submitLabel={t('comments.send', 'Comment')}
          busy={actions.busy}
          maxTextLength={data.maxTextLength}
          onSubmit={async (text) => {
            const anchor = field !== '' && quote.trim() !== '' ? { field, quote: quote.trim() } : undefined;
            const done = await actions.create({ text, ...(anchor ? { anchor } : {}) });
            if (done) {
              setField('');
              setQuote('');
            }
            return done;
          }}
        >
          <Field.Root name="comment-anchor-field">
            <Field.Label>{t('comments.quoteField', 'Quote from (optional)')}</Field.Label>
            <SingleSelect
              size="S"
              placeholder={t('comments.noQuote', 'No quote')}
              value={field}
              onChange={(value: string | number) => {
                setField(String(value) as AnchorField);
                if (quote === '') setQuote(selectedText());
              }}
              onClear={() => setField('')}
            >
              {ANCHOR_FIELDS.map((name) => (
                <SingleSelectOption key={name} value={name}>
                  {t(`comments.field.${name}`, name)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          {field !== '' ? (
            <Field.Root
              name="comment-anchor-quote"
              hint={t('comments.quoteHint', 'Text exactly as it is in the field')}
            >
              <Field.Label>{t('comments.quote', 'Quoted text')}</Field.Label>
              <TextInput
                dir="auto"
                value={quote}
                maxLength={MAX_QUOTE_LENGTH}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setQuote(event.target.value)}
              />
              <Field.Hint />
            </Field.Root>
          ) : null}
        </CommentComposer>
      </Box>
    </Flex>
  );
};
