import { Button, Field, Flex, TextInput } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useGetCalendarFeedQuery, useRotateCalendarFeedMutation } from '../../api/newsroomApi';
import type { Lang } from '../../../../shared/contracts/workflow';
import { errorMessage, isolated } from '../../utils/errorMessage';

interface Props {
  lang: Lang;
  t: (key: string, defaultMessage: string) => string;
}

/**
 * The user's own iCal address (their scheduled and planned stories, for a calendar app). Whoever has it can read
 * the feed, so "New address" replaces it and the old one stops working.
 */
export function FeedAddress({ lang, t }: Props) {
  const { toggleNotification } = useNotification();
  const feed = useGetCalendarFeedQuery();
  const [rotate, { isLoading }] = useRotateCalendarFeedMutation();
  const renew = async () => {
    try {
      await rotate().unwrap();
      toggleNotification({
        type: 'success',
        message: t('calendar.feed.renewed', 'New address made: the old one no longer works'),
      });
    } catch (error) {
      toggleNotification({ type: 'danger', message: isolated(errorMessage(error, lang)) });
    }
  };
  return (
    <Flex gap={2} alignItems="flex-end" wrap="wrap" data-newsroom-calendar-feed="">
      <Field.Root
        name="newsroom-calendar-feed"
        hint={t('calendar.feed.hint', 'Your scheduled and planned stories, for a calendar app. Keep it private.')}
        style={{ flex: '1 1 24rem' }}
      >
        <Field.Label>{t('calendar.feed.label', 'My calendar feed (iCal)')}</Field.Label>
        <TextInput
          readOnly
          dir="ltr"
          value={feed.data ?? ''}
          onFocus={(event: React.FocusEvent<HTMLInputElement>) => event.target.select()}
        />
        <Field.Hint />
      </Field.Root>
      <Button variant="tertiary" onClick={() => void renew()} loading={isLoading}>
        {t('calendar.feed.rotate', 'New address')}
      </Button>
    </Flex>
  );
}
