import { useEffect } from 'react';
import { Badge, Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { useForm, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { CheckRequest, CopyDeskHint, PairEvidence } from '../../../shared/contracts/copydesk';
import { useCheckCopyDeskMutation, useGetCopyDeskHintsQuery } from '../api/newsroomApi';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  documentId: string;
  locale: string;
}

const FIELD_KEYS = {
  title: 'copydesk.field.title',
  standfirst: 'copydesk.field.standfirst',
  body: 'copydesk.field.body',
} as const;

/** One neighbour's counts, written as the phrases themselves: «رئيس اللجنة» 124 · «رئيس الجنة» 0. */
const PairLine = ({
  pair,
  hint,
  neighbourFirst,
}: {
  pair: PairEvidence;
  hint: CopyDeskHint;
  neighbourFirst: boolean;
}) => {
  const phrase = (word: string) => (neighbourFirst ? `${pair.neighbour} ${word}` : `${word} ${pair.neighbour}`);
  return (
    <Typography tag="p" variant="pi" dir="rtl">
      «{phrase(hint.suggestion)}» {pair.suggestionPairCount} · «{phrase(hint.word)}» {pair.wordPairCount}
    </Typography>
  );
};

/**
 * The hints for the article: each word in its context, the suggested spelling and the archive's counts.
 * Hints only: nothing here edits the text; the writer corrects it in the form if they agree.
 */
export const CopyDeskHints = ({ documentId, locale }: Props) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const values = useForm('CopyDeskHints', (state) => state.values) as CheckRequest;
  const modified = useForm('CopyDeskHints', (state) => state.modified);
  const t = (id: string, defaultMessage: string, params?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, params);

  // The stored draft's hints, until the writer checks the unsaved text: then the last check's.
  const saved = useGetCopyDeskHintsQuery({ documentId, locale });
  const [check, checked] = useCheckCopyDeskMutation();
  const shown = checked.isUninitialized ? saved : checked;
  const hints: CopyDeskHint[] | null = shown.isError ? [] : (shown.data ?? null);

  // Reported from an effect: a request that ends after the edit view is left reports nothing.
  const failed = shown.isError;
  useEffect(() => {
    if (failed)
      toggleNotification({
        type: 'danger',
        message: formatMessage({
          id: getTranslation('copydesk.error.load'),
          defaultMessage: 'Could not load the copy-desk hints',
        }),
      });
  }, [failed, toggleNotification, formatMessage]);

  /** The form as it is now, saved or not. */
  const checkCurrent = () => {
    void check({ title: values.title ?? '', standfirst: values.standfirst ?? '', body: values.body ?? [] });
  };

  if (hints === null) return <Loader small>{t('copydesk.loading', 'Checking the text')}</Loader>;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {modified ? (
        <Button size="S" variant="secondary" onClick={() => void checkCurrent()}>
          {t('copydesk.checkUnsaved', 'Check the unsaved text')}
        </Button>
      ) : null}
      {hints.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('copydesk.empty', 'No likely typos found.')}
        </Typography>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t(
            'copydesk.intro',
            'Possible missing doubled letters. Nothing is changed: correct the text yourself if you agree.',
          )}
        </Typography>
      )}
      {hints.map((hint) => (
        <Box key={`${hint.field}-${hint.start}`} padding={3} hasRadius borderColor="neutral200" background="neutral0">
          <Flex justifyContent="space-between" gap={2}>
            <Typography fontWeight="bold" dir="rtl">
              {hint.word} ← {hint.suggestion}
            </Typography>
            <Badge>{t(FIELD_KEYS[hint.field], hint.field)}</Badge>
          </Flex>
          <Typography tag="p" variant="pi" dir="rtl" textColor="neutral700">
            …{hint.context.before}
            <Typography variant="pi" fontWeight="bold" textColor="danger600">
              {hint.word}
            </Typography>
            {hint.context.after}…
          </Typography>
          <Box paddingTop={2}>
            <Typography tag="p" variant="pi" textColor="neutral600">
              {t(
                'copydesk.evidence',
                'In the archive: {suggestion} {suggestionCount} times, {word} {wordCount} times',
                {
                  suggestion: hint.suggestion,
                  suggestionCount: hint.evidence.suggestionCount,
                  word: hint.word,
                  wordCount: hint.evidence.wordCount,
                },
              )}
            </Typography>
            {hint.evidence.before ? <PairLine pair={hint.evidence.before} hint={hint} neighbourFirst /> : null}
            {hint.evidence.after ? <PairLine pair={hint.evidence.after} hint={hint} neighbourFirst={false} /> : null}
          </Box>
        </Box>
      ))}
    </Flex>
  );
};
