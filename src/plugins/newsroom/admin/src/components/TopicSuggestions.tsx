import { useEffect, useState } from 'react';
import { Badge, Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { FeedbackDecision, TopicSuggestion } from '../../../shared/contracts/tagging';
import { useGetTopicSuggestionsQuery, useSendTopicFeedbackMutation } from '../api/newsroomApi';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  documentId: string;
  locale: string;
}

const FIELD_KEYS = {
  title: 'topics.field.title',
  standfirst: 'topics.field.standfirst',
  body: 'topics.field.body',
} as const;

export const TopicSuggestions = ({ documentId, locale }: Props) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const { form } = useContentManagerContext();
  const hasUnsavedChanges = Boolean((form as { modified?: boolean } | undefined)?.modified);
  // A decision invalidates these suggestions: the list is read again without the topic decided on.
  const { data, isError, isFetching } = useGetTopicSuggestionsQuery({ documentId, locale });
  const [sendFeedback] = useSendTopicFeedbackMutation();
  const suggestions = data ?? (isError ? [] : null);
  const [busyTopic, setBusyTopic] = useState<string | null>(null);
  // Until the list is read again the topic just rejected is still on it.
  const busy = busyTopic !== null || isFetching;

  useEffect(() => {
    if (isError)
      toggleNotification({
        type: 'danger',
        message: formatMessage({
          id: getTranslation('topics.error.load'),
          defaultMessage: 'Could not load topic suggestions',
        }),
      });
  }, [isError, toggleNotification, formatMessage]);

  const decide = async (topic: TopicSuggestion, decision: FeedbackDecision) => {
    setBusyTopic(topic.topicId);
    try {
      await sendFeedback({ documentId, body: { locale, topicId: topic.topicId, decision } }).unwrap();
      if (decision === 'accepted') {
        // The topic was added to the saved draft: reload so the form shows it.
        window.location.reload();
        return;
      }
    } catch {
      toggleNotification({
        type: 'danger',
        message: formatMessage({
          id: getTranslation('topics.error.save'),
          defaultMessage: 'Could not save your decision',
        }),
      });
    } finally {
      setBusyTopic(null);
    }
  };

  if (suggestions === null)
    return (
      <Loader small>
        {formatMessage({ id: getTranslation('topics.loading'), defaultMessage: 'Loading suggestions' })}
      </Loader>
    );
  if (suggestions.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: getTranslation('topics.empty'), defaultMessage: 'No suggestions for this text.' })}
      </Typography>
    );
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {hasUnsavedChanges ? (
        <Typography variant="pi" textColor="warning600">
          {formatMessage({
            id: getTranslation('topics.unsaved'),
            defaultMessage: 'Save your changes before accepting a topic.',
          })}
        </Typography>
      ) : null}
      {suggestions.map((topic) => (
        <Box key={topic.topicId} padding={3} hasRadius borderColor="neutral200" background="neutral0">
          <Flex justifyContent="space-between" gap={2}>
            <Typography fontWeight="bold" dir="auto">
              {topic.name}
            </Typography>
            <Badge>{Math.round(topic.score * 100)}%</Badge>
          </Flex>
          {topic.parentName ? (
            <Typography variant="pi" textColor="neutral600" dir="auto">
              {topic.parentName}
            </Typography>
          ) : null}
          <Box paddingTop={2}>
            {topic.phrases.slice(0, 3).map((phrase) => (
              <Typography key={`${phrase.field}-${phrase.start}`} tag="p" variant="pi" dir="auto">
                «{phrase.text}» ·{' '}
                {formatMessage({ id: getTranslation(FIELD_KEYS[phrase.field]), defaultMessage: phrase.field })}
              </Typography>
            ))}
            {topic.terms.length > 0 ? (
              <Typography tag="p" variant="pi" textColor="neutral600" dir="auto">
                {formatMessage({ id: getTranslation('topics.terms'), defaultMessage: 'Learned from the archive:' })}{' '}
                {topic.terms
                  .slice(0, 5)
                  .map((term) => term.term)
                  .join('، ')}
              </Typography>
            ) : null}
          </Box>
          <Flex gap={2} paddingTop={2}>
            <Button size="S" disabled={busy || hasUnsavedChanges} onClick={() => void decide(topic, 'accepted')}>
              {formatMessage({ id: getTranslation('topics.accept'), defaultMessage: 'Accept' })}
            </Button>
            <Button size="S" variant="tertiary" disabled={busy} onClick={() => void decide(topic, 'rejected')}>
              {formatMessage({ id: getTranslation('topics.reject'), defaultMessage: 'Reject' })}
            </Button>
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};
