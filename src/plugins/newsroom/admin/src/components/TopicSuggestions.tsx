import { useEffect, useState } from 'react';
import { Flex, Loader, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { refusedByPermission } from '../../../shared/contracts/edit-access';
import type { FeedbackDecision, TopicSuggestion } from '../../../shared/contracts/tagging';
import { useWhenIdle } from '../hooks/useWhenIdle';
import { useGetTopicSuggestionsQuery, useSendTopicFeedbackMutation } from '../api/newsroomApi';
import { getTranslation } from '../utils/getTranslation';
import { ARTICLE_UID } from '../../../core/model';
import { ReadOnlyNotice } from './editLock/ReadOnlyNotice';
import { useEditAccess } from './editLock/useEditAccess';
import { TopicCard } from './TopicCard';

interface Props {
  documentId: string;
  locale: string;
}

export const TopicSuggestions = ({ documentId, locale }: Props) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const { form } = useContentManagerContext();
  const hasUnsavedChanges = Boolean((form as { modified?: boolean } | undefined)?.modified);
  // A decision invalidates these suggestions: the list is read again without the topic decided on.
  // Read once the form is on screen (see useWhenIdle): tagging a long story is one of the screen's heaviest requests.
  const idle = useWhenIdle();
  const { data, isError, isFetching } = useGetTopicSuggestionsQuery({ documentId, locale }, { skip: !idle });
  const [sendFeedback] = useSendTopicFeedbackMutation();
  // Accepting adds the topic to the saved draft: an edit, refused to a user who may not edit this story.
  const access = useEditAccess({ model: ARTICLE_UID, documentId, locale });
  const readOnly = access !== undefined && !access.mayEdit;
  // Rejecting changes no text, but it trains the shared model: it too needs the permission on this story.
  const mayDecide = !refusedByPermission(access);
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
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-newsroom-topics>
      <ReadOnlyNotice access={access} compact />
      {hasUnsavedChanges ? (
        <Typography variant="pi" textColor="warning600">
          {formatMessage({
            id: getTranslation('topics.unsaved'),
            defaultMessage: 'Save your changes before accepting a topic.',
          })}
        </Typography>
      ) : null}
      {suggestions.map((topic) => (
        <TopicCard
          key={topic.topicId}
          topic={topic}
          mayAccept={!busy && !hasUnsavedChanges && !readOnly}
          mayReject={!busy && mayDecide}
          onDecide={(chosen, decision) => void decide(chosen, decision)}
        />
      ))}
    </Flex>
  );
};
