import { useState } from 'react';
import { Badge, Box, Button, Flex, TextButton, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { EvidencePhrase, TopicSuggestion } from '../../../shared/contracts/tagging';
import { getTranslation } from '../utils/getTranslation';

const FIELD_KEYS = {
  title: 'topics.field.title',
  standfirst: 'topics.field.standfirst',
  body: 'topics.field.body',
} as const;

interface Props {
  topic: TopicSuggestion;
  /** Accepting changes the draft: off while the form has unsaved edits or the user may not edit. */
  mayAccept: boolean;
  mayReject: boolean;
  onDecide: (topic: TopicSuggestion, decision: 'accepted' | 'rejected') => void;
}

/**
 * One suggestion in three short lines, so that the side panels below the Topics panel stay in view:
 * the topic with its section and score, its first piece of evidence on one line (a click shows all
 * of it), and the Accept and Reject buttons.
 */
export const TopicCard = ({ topic, mayAccept, mayReject, onDecide }: Props) => {
  const { formatMessage } = useIntl();
  const [open, setOpen] = useState(false);
  const line = (phrase: EvidencePhrase) =>
    `«${phrase.text}»${phrase.count > 1 ? ` ${formatMessage({ id: getTranslation('topics.evidence.times'), defaultMessage: '×{count}' }, { count: phrase.count })}` : ''} · ${formatMessage({ id: getTranslation(FIELD_KEYS[phrase.field]), defaultMessage: phrase.field })}`;
  const terms = topic.terms.map((term) => term.term).join('، ');
  const learned = formatMessage({ id: getTranslation('topics.terms'), defaultMessage: 'Learned from the archive:' });
  const summary = topic.phrases.length > 0 ? line(topic.phrases[0]) : terms === '' ? '' : `${learned} ${terms}`;
  const evidenceCount = topic.phrases.length + (topic.terms.length > 0 ? 1 : 0);

  return (
    <Box
      paddingTop={2}
      paddingBottom={2}
      paddingLeft={3}
      paddingRight={3}
      hasRadius
      borderColor="neutral200"
      background="neutral0"
      data-newsroom-topic-card
    >
      <Flex justifyContent="space-between" gap={2}>
        <Typography variant="omega" fontWeight="bold" dir="auto" ellipsis>
          {topic.name}
          {topic.parentName ? (
            <Typography variant="pi" fontWeight="regular" textColor="neutral600">
              {' '}
              · {topic.parentName}
            </Typography>
          ) : null}
        </Typography>
        <Badge>{Math.round(topic.score * 100)}%</Badge>
      </Flex>
      <Box paddingTop={1}>
        {evidenceCount > 1 ? (
          <TextButton
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            aria-label={formatMessage(
              {
                id: getTranslation(open ? 'topics.evidence.hide' : 'topics.evidence.show'),
                defaultMessage: open ? 'Hide the evidence' : 'Show all {count} pieces of evidence',
              },
              { count: evidenceCount },
            )}
            maxWidth="100%"
          >
            <Typography variant="pi" dir="auto" ellipsis>
              {open ? '▾' : '▸'} {summary}
            </Typography>
          </TextButton>
        ) : (
          <Typography variant="pi" dir="auto" ellipsis tag="p">
            {summary}
          </Typography>
        )}
      </Box>
      {open ? (
        <Box paddingTop={1}>
          {topic.phrases.map((phrase) => (
            <Typography key={`${phrase.field}-${phrase.start}`} tag="p" variant="pi" dir="auto">
              {line(phrase)}
            </Typography>
          ))}
          {topic.terms.length > 0 ? (
            <Typography tag="p" variant="pi" textColor="neutral600" dir="auto">
              {learned} {terms}
            </Typography>
          ) : null}
        </Box>
      ) : null}
      <Flex gap={2} paddingTop={1}>
        <Button size="S" disabled={!mayAccept} onClick={() => onDecide(topic, 'accepted')}>
          {formatMessage({ id: getTranslation('topics.accept'), defaultMessage: 'Accept' })}
        </Button>
        <Button size="S" variant="tertiary" disabled={!mayReject} onClick={() => onDecide(topic, 'rejected')}>
          {formatMessage({ id: getTranslation('topics.reject'), defaultMessage: 'Reject' })}
        </Button>
      </Flex>
    </Box>
  );
};
