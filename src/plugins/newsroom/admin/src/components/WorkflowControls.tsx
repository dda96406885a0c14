import { useCallback, useEffect, useState } from 'react';
import { Badge, Box, Button, Checkbox, Flex, Loader, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { AllowedTransitionView, Lang, TransitionRequestBody, WorkflowStateResponse } from '../../../shared/contracts/workflow';
import { zonedWallTimeToUtc } from '../../../server/src/domain/workflow/timezone';
import { errorMessage } from '../utils/errorMessage';
import { getTranslation } from '../utils/getTranslation';
import { AssigneePicker } from './AssigneePicker';

interface Props {
  documentId: string;
  locale: string;
}

const PUBLISHING = new Set(['publish', 'unpublish']);

export const WorkflowControls = ({ documentId, locale }: Props) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang: Lang = uiLocale.startsWith('ar') ? 'ar' : 'en';
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [view, setView] = useState<WorkflowStateResponse['data'] | null>(null);
  const [pending, setPending] = useState<AllowedTransitionView | null>(null);
  const [reason, setReason] = useState('');
  const [when, setWhen] = useState('');
  const [bothLocales, setBothLocales] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const { data } = await get<WorkflowStateResponse>(`/newsroom/workflow/articles/${documentId}`, { params: { locale } });
    setView(data.data);
  }, [documentId, locale, get]);

  useEffect(() => {
    load().catch(() => setView(null));
  }, [load]);

  if (!view) return <Loader small>{formatMessage({ id: getTranslation('workflow.loading'), defaultMessage: 'Loading' })}</Loader>;

  const stageLabel = (stage: string) => view.labels.stages[stage]?.[lang] ?? stage;
  const transitionLabel = (id: string) => view.labels.transitions[id]?.[lang] ?? id;
  const formatTime = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: view.timezone }).format(new Date(iso));

  const submit = async (transition: AllowedTransitionView) => {
    const body: TransitionRequestBody = { transition: transition.id, expectedVersion: view.state.version };
    if (bothLocales) body.locales = ['ar', 'en'];
    else body.locale = locale;
    if (transition.requiresReason) body.reason = reason.trim();
    if (transition.requiresSchedule) {
      const converted = zonedWallTimeToUtc(when, view.timezone);
      if (!converted.ok) {
        toggleNotification({ type: 'warning', message: formatMessage({ id: getTranslation('workflow.badTime'), defaultMessage: 'Choose a valid time' }) });
        return;
      }
      body.scheduleAt = converted.at.toISOString();
    }
    setBusy(true);
    try {
      await post(`/newsroom/workflow/articles/${documentId}/transitions`, body);
      setPending(null);
      setReason('');
      setWhen('');
      // Publishing changes the document itself: reload so the edit view shows its new status.
      if (PUBLISHING.has(transition.id)) window.location.reload();
      else await load();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error, lang) });
      await load();
    } finally {
      setBusy(false);
    }
  };

  const start = (transition: AllowedTransitionView) => {
    if (transition.requiresReason || transition.requiresSchedule) setPending(transition);
    else void submit(transition);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Flex gap={2} wrap="wrap">
        <Badge active>{stageLabel(view.state.stage)}</Badge>
        {view.state.scheduledAt ? <Typography variant="pi">{formatMessage({ id: getTranslation('workflow.scheduledFor'), defaultMessage: 'Scheduled for' })} {formatTime(view.state.scheduledAt)}</Typography> : null}
        {view.state.unpublishAt ? <Typography variant="pi">{formatMessage({ id: getTranslation('workflow.unpublishAt'), defaultMessage: 'Comes down at' })} {formatTime(view.state.unpublishAt)}</Typography> : null}
      </Flex>

      <AssigneePicker
        documentId={documentId}
        locale={locale}
        assignee={view.state.assignee}
        assigneeName={view.state.assignee ? view.actors[view.state.assignee] : undefined}
        version={view.state.version}
        mayAssign={view.mayAssign}
        onAssigned={load}
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
          {pending.requiresSchedule ? (
            <TextInput
              type="datetime-local"
              aria-label={formatMessage({ id: getTranslation('workflow.when'), defaultMessage: 'When' })}
              value={when}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setWhen(event.target.value)}
            />
          ) : null}
          <Flex gap={2}>
            <Button size="S" loading={busy} disabled={(pending.requiresReason && reason.trim() === '') || (pending.requiresSchedule && when === '')} onClick={() => void submit(pending)}>
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
            <Button key={transition.id} size="S" variant={PUBLISHING.has(transition.id) ? 'default' : 'secondary'} disabled={busy} onClick={() => start(transition)} fullWidth>
              {transitionLabel(transition.id)}
            </Button>
          ))}
          {view.allowed.length > 0 ? (
            <Checkbox checked={bothLocales} onCheckedChange={(checked: boolean | 'indeterminate') => setBothLocales(checked === true)}>
              {formatMessage({ id: getTranslation('workflow.bothLocales'), defaultMessage: 'Arabic and English together' })}
            </Checkbox>
          ) : null}
        </Flex>
      )}

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
                {entry.transition === 'assign'
                  ? `${transitionLabel('assign')}: ${entry.assigneeId ? view.actors[entry.assigneeId] ?? entry.assigneeId : '—'}`
                  : `${stageLabel(entry.fromStage)} ${lang === 'ar' ? '←' : '→'} ${stageLabel(entry.toStage)}`}
              </Typography>
              <Typography tag="p" variant="pi" textColor="neutral600">
                {view.actors[entry.actorId] ?? entry.actorId} · {formatTime(entry.at)}
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
