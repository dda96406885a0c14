import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { Box, Button, Flex, Textarea, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { UserRef } from '../../../../shared/contracts/comments';
import { useGetMentionableQuery } from '../../api/newsroomApi';
import { encodeMentions, insertMention, mentionQueryAt } from '../../utils/mentionDraft';
import { getTranslation } from '../../utils/getTranslation';

interface Props {
  documentId: string;
  locale: string;
  /** What the composer starts with (an edit), as shown: `@name` for mentions, with the users they stand for. */
  initial?: { draft: string; picked: UserRef[] };
  submitLabel: string;
  busy: boolean;
  maxTextLength: number;
  /** Receives the text to send (mentions as tokens); resolves true when it was taken (the composer then empties). */
  onSubmit(text: string): Promise<boolean>;
  onCancel?: () => void;
  /** Extra fields under the text (the new thread's anchor). */
  children?: React.ReactNode;
}

/**
 * A comment's text, with @mention autocomplete: typing `@` and part of a name lists the admin users who may read
 * the article (the server matches names with Arabic spelling folded: «احمد» finds «أحمد»); picking one writes
 * `@name` and remembers the user, sent as a mention token.
 */
export const CommentComposer = ({
  documentId,
  locale,
  initial,
  submitLabel,
  busy,
  maxTextLength,
  onSubmit,
  onCancel,
  children,
}: Props) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const [draft, setDraft] = useState(initial?.draft ?? '');
  const [picked, setPicked] = useState<UserRef[]>(initial?.picked ?? []);
  const [typing, setTyping] = useState<{ start: number; query: string; caret: number } | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // After a pick the writer goes on typing after the name: focus and caret go back there once it is rendered.
  const [caretTo, setCaretTo] = useState<number | null>(null);
  useEffect(() => {
    if (caretTo === null || !textarea.current) return;
    textarea.current.focus();
    textarea.current.setSelectionRange(caretTo, caretTo);
    setCaretTo(null);
  }, [caretTo]);
  const { data: suggestions = [] } = useGetMentionableQuery(
    { documentId, locale, q: typing?.query ?? '' },
    { skip: typing === null },
  );

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const { value, selectionStart } = event.target;
    setDraft(value);
    const at = mentionQueryAt(value, selectionStart);
    setTyping(at ? { ...at, caret: selectionStart } : null);
  };

  const pick = (user: UserRef) => {
    if (!typing) return;
    const inserted = insertMention(draft, typing.start, typing.caret, user.name);
    setDraft(inserted.text);
    setCaretTo(inserted.caret);
    setPicked((users) => [...users.filter((other) => other.id !== user.id), user]);
    setTyping(null);
  };

  const submit = async () => {
    if (await onSubmit(encodeMentions(draft.trim(), picked))) {
      setDraft('');
      setPicked([]);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') setTyping(null);
    if (event.key === 'Enter' && typing && suggestions.length > 0) {
      event.preventDefault();
      pick(suggestions[0]);
    }
  };

  const label = t('comments.text', 'Comment');
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-newsroom-comment-composer="">
      <Textarea
        ref={textarea}
        aria-label={label}
        placeholder={t('comments.placeholder', 'Write a comment; @ to mention someone')}
        dir="auto"
        value={draft}
        maxLength={maxTextLength}
        onChange={onChange}
        onKeyDown={onKeyDown}
      />
      {typing ? (
        <Box background="neutral0" hasRadius borderColor="neutral200" padding={1} data-newsroom-mention-list="">
          {suggestions.length === 0 ? (
            <Typography variant="pi" textColor="neutral600">
              {t('comments.noMatch', 'No one by that name may read this article')}
            </Typography>
          ) : (
            <Flex
              direction="column"
              alignItems="stretch"
              gap={1}
              role="listbox"
              aria-label={t('comments.mention', 'Mention')}
            >
              {suggestions.map((user) => (
                <Button
                  key={user.id}
                  variant="ghost"
                  size="S"
                  role="option"
                  // Keeps the focus (and the caret) in the text while picking.
                  onMouseDown={(event: React.MouseEvent) => event.preventDefault()}
                  onClick={() => pick(user)}
                >
                  <bdi>{user.name}</bdi>
                </Button>
              ))}
            </Flex>
          )}
        </Box>
      ) : null}
      {children}
      <Flex gap={2}>
        <Button size="S" disabled={busy || draft.trim() === ''} loading={busy} onClick={() => void submit()}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button size="S" variant="tertiary" onClick={onCancel}>
            {t('comments.cancel', 'Cancel')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
};
