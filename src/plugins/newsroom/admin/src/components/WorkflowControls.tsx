import { useState } from 'react';
import { Badge, Box, Button, Checkbox, Flex, Loader, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { AllowedTransitionView, Lang, TransitionRequestBody } from '../../../shared/contracts/workflow';
import { nextHourInput, readTypedTime } from '../../../core/workflow/wall-time-input';
import { ARTICLE_UID } from '../../../core/model';
import { useGetWorkflowStateQuery, useMoveArticleMutation } from '../api/newsroomApi';
import { actorLabel } from '../utils/actorLabel';
import { errorMessage, isolated } from '../utils/errorMessage';
import { getTranslation } from '../utils/getTranslation';
import { AssigneePicker } from './AssigneePicker';
import { ChangedSinceApproval } from './ChangedSinceApproval';
import { ReadOnlyNotice } from './editLock/ReadOnlyNotice';
import { useEditAccess } from './editLock/useEditAccess';
import { CorrectionForm, changeOf, correctionReady, type CorrectionDraft } from './CorrectionForm';
import { PublishedCorrections } from './PublishedCorrections';
import { NewsroomTimeInput } from './status/NewsroomTimeInput';

interface Props {
  documentId: string;
  locale: string;
}

const PUBLISHING = new Set(['publish', 'unpublish']);
const NO_CORRECTION: CorrectionDraft = { kind: '', notes: {} };

export const WorkflowControls = ({ documentId, locale }: Props) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang: Lang = uiLocale.startsWith('ar') ? 'ar' : 'en';
  const { toggleNotification } = useNotification();
  // A failed read shows the loader, as before; a move (taken or refused) invalidates this state.
  const { data: view, isFetching: refreshing } = useGetWorkflowStateQuery({ documentId, locale });
  // Why the user may not edit (someone else's story, a locked stage): said here, where moves are missing.
  const access = useEditAccess({ model: ARTICLE_UID, documentId, locale });
  const [moveArticle] = useMoveArticleMutation();
  const [pending, setPending] = useState<AllowedTransitionView | null>(null);
  const [reason, setReason] = useState('');
  const [when, setWhen] = useState('');
  const [bothLocales, setBothLocales] = useState(false);
  const [correction, setCorrection] = useState<CorrectionDraft>(NO_CORRECTION);
  const [sending, setSending] = useState(false);
  // Until the state is read again its version is stale: a second move would be refused.
  const busy = sending || refreshing;

  if (!view)
    return (
      <Loader small>{formatMessage({ id: getTranslation('workflow.loading'), defaultMessage: 'Loading' })}</Loader>
    );

  const actor = (actorId: string) =>
    actorLabel(actorId, view.actors, (id, defaultMessage) => formatMessage({ id: getTranslation(id), defaultMessage }));
  const stageLabel = (stage: string) => view.labels.stages[stage]?.[lang] ?? stage;
  const transitionLabel = (id: string) => view.labels.transitions[id]?.[lang] ?? id;
  const formatTime = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      // 24-hour, as the newsroom types its times (status/NewsroomTimeInput.tsx).
      hourCycle: 'h23',
      timeZone: view.timezone,
    }).format(new Date(iso));

  const targets = bothLocales ? ['ar', 'en'] : [locale];
  // Publishing a live story whose text changed asks what kind of change it is (corrections/republish.ts).
  const asksForChange = (transition: AllowedTransitionView) =>
    transition.id === 'publish' && view.republish?.changed === true;

  const submit = async (transition: AllowedTransitionView) => {
    const body: TransitionRequestBody = { transition: transition.id, expectedVersion: view.state.version };
    if (bothLocales) body.locales = targets;
    else body.locale = locale;
    if (transition.requiresReason) body.reason = reason.trim();
    if (asksForChange(transition)) body.change = changeOf(correction, targets);
    if (transition.requiresSchedule) {
      const converted = readTypedTime(when, view.timezone);
      if (!converted.ok) {
        toggleNotification({
          type: 'warning',
          message: formatMessage({ id: getTranslation('workflow.badTime'), defaultMessage: 'Choose a valid time' }),
        });
        return;
      }
      body.scheduleAt = converted.at.toISOString();
    }
    setSending(true);
    try {
      await moveArticle({ documentId, body }).unwrap();
      setPending(null);
      setReason('');
      setWhen('');
      setCorrection(NO_CORRECTION);
      // Publishing changes the document itself: reload so the edit view shows its new status.
      if (PUBLISHING.has(transition.id)) window.location.reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: isolated(errorMessage(error, lang)) });
    } finally {
      setSending(false);
    }
  };

  const start = (transition: AllowedTransitionView) => {
    if (transition.requiresReason || transition.requiresSchedule || asksForChange(transition)) {
      if (transition.requiresSchedule && when === '') setWhen(nextHourInput(new Date(), view.timezone));
      setPending(transition);
    } else void submit(transition);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Flex gap={2} wrap="wrap">
        <Badge active data-newsroom-workflow-stage={view.state.stage}>
          {stageLabel(view.state.stage)}
        </Badge>
        {view.state.scheduledAt ? (
          <Typography variant="pi">
            {formatMessage({ id: getTranslation('workflow.scheduledFor'), defaultMessage: 'Scheduled for' })}{' '}
            {formatTime(view.state.scheduledAt)}
          </Typography>
        ) : null}
        {view.state.unpublishAt ? (
          <Typography variant="pi">
            {formatMessage({ id: getTranslation('workflow.unpublishAt'), defaultMessage: 'Comes down at' })}{' '}
            {formatTime(view.state.unpublishAt)}
          </Typography>
        ) : null}
        {view.embargoUntil ? (
          <Typography variant="pi" fontWeight="bold">
            {formatMessage({ id: getTranslation('workflow.embargoUntil'), defaultMessage: 'Embargoed until' })}{' '}
            {formatTime(view.embargoUntil)}
          </Typography>
        ) : null}
      </Flex>

      <ReadOnlyNotice access={access} compact />

      {view.changedSinceApproval ? (
        <ChangedSinceApproval
          documentId={documentId}
          locale={locale}
          change={view.changedSinceApproval}
          formatTime={formatTime}
        />
      ) : null}

      <AssigneePicker
        documentId={documentId}
        locale={locale}
        assignee={view.state.assignee}
        assigneeName={view.state.assignee ? view.actors[view.state.assignee] : undefined}
        version={view.state.version}
        mayAssign={view.mayAssign}
        refreshing={refreshing}
      />

      {pending ? (
        <Flex direction="column" alignItems="stretch" gap={2}>
          {pending.requiresReason ? (
            <Textarea
              aria-label={formatMessage({ id: getTranslation('workflow.reason'), defaultMessage: 'Reason' })}
              placeholder={formatMessage({ id: getTranslation('workflow.reason'), defaultMessage: 'Reason' })}
              value={reason}
              onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)}
              dir="auto"
            />
          ) : null}
          {asksForChange(pending) && view.republish ? (
            <CorrectionForm
              republish={view.republish}
              kindLabels={view.labels.correctionKinds}
              lang={lang}
              locales={targets}
              value={correction}
              onChange={setCorrection}
            />
          ) : null}
          {pending.requiresSchedule ? (
            <NewsroomTimeInput value={when} onChange={setWhen} timeZone={view.timezone} />
          ) : null}
          <Flex gap={2}>
            <Button
              size="S"
              loading={busy}
              disabled={
                (pending.requiresReason && reason.trim() === '') ||
                (pending.requiresSchedule && when === '') ||
                (asksForChange(pending) && !correctionReady(correction, targets))
              }
              onClick={() => void submit(pending)}
            >
              {transitionLabel(pending.id)}
            </Button>
            <Button size="S" variant="tertiary" onClick={() => setPending(null)}>
              {formatMessage({ id: getTranslation('workflow.cancel'), defaultMessage: 'Cancel' })}
            </Button>
          </Flex>
        </Flex>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={2}>
          {view.allowed.map((transition) => (
            <Button
              key={transition.id}
              size="S"
              variant={PUBLISHING.has(transition.id) ? 'default' : 'secondary'}
              disabled={busy}
              onClick={() => start(transition)}
              fullWidth
            >
              {transitionLabel(transition.id)}
            </Button>
          ))}
          {view.allowed.length > 0 ? (
            <Checkbox
              checked={bothLocales}
              onCheckedChange={(checked: boolean | 'indeterminate') => setBothLocales(checked === true)}
            >
              {formatMessage({
                id: getTranslation('workflow.bothLocales'),
                defaultMessage: 'Arabic and English together',
              })}
            </Checkbox>
          ) : null}
        </Flex>
      )}

      {view.republish && view.republish.corrections.length > 0 ? (
        <PublishedCorrections
          corrections={view.republish.corrections}
          kindLabels={view.labels.correctionKinds}
          lang={lang}
          formatTime={formatTime}
        />
      ) : null}

      <Box paddingTop={2}>
        <Typography variant="sigma" textColor="neutral600">
          {formatMessage({ id: getTranslation('workflow.history'), defaultMessage: 'History' })}
        </Typography>
        {view.ledger.length === 0 ? (
          <Typography tag="p" variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('workflow.noHistory'), defaultMessage: 'No moves yet.' })}
          </Typography>
        ) : (
          view.ledger.map((entry) => (
            <Box key={entry.id} paddingTop={2}>
              <Typography tag="p" variant="pi" fontWeight="bold">
                {entry.transition === 'assign' ? (
                  <>
                    {transitionLabel('assign')}: <bdi>{entry.assigneeId ? actor(entry.assigneeId) : '—'}</bdi>
                  </>
                ) : (
                  `${entry.transition === 'changed_after_approval' ? `${transitionLabel(entry.transition)}: ` : ''}${stageLabel(entry.fromStage)} ${lang === 'ar' ? '←' : '→'} ${stageLabel(entry.toStage)}`
                )}
              </Typography>
              {/* Isolated: a Latin name next to an Arabic date (or the reverse) would reorder the digits. */}
              <Typography tag="p" variant="pi" textColor="neutral600" data-ledger-line="">
                <bdi>{actor(entry.actorId)}</bdi> · <bdi>{formatTime(entry.at)}</bdi>
              </Typography>
              {entry.reason ? (
                <Typography tag="p" variant="pi" dir="auto">
                  {entry.reason}
                </Typography>
              ) : null}
            </Box>
          ))
        )}
      </Box>
    </Flex>
  );
};
