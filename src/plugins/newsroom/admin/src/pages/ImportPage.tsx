import { useState } from 'react';
import { Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import {
  MAX_IMPORT_FILE_BYTES,
  PASTED_TEXT,
  type ImportRequest,
  type ImportResult,
  type OfferedUpdate,
  type UpdateAction,
} from '../../../shared/contracts/wire-import';
import { useImportWireCopyMutation } from '../api/newsroomApi';
import { ImportResults } from '../components/import/ImportResults';
import { UpdateOffers } from '../components/import/UpdateOffers';
import { errorMessage } from '../utils/errorMessage';
import { getTranslation } from '../utils/getTranslation';
import {
  ACCEPTED_FILES,
  editViewPath,
  emptyResult,
  failureResult,
  mergeResults,
  pastedDirection,
  readAsBase64,
} from '../utils/importInput';
import { IMPORT_PERMISSIONS } from './importPermissions';

/**
 * Import wire copy: paste agency copy or choose files (plain text, ANT <DOC> archives, JSON lines, gzip or
 * not); each goes to the server in a request of its own (5 MB a file) and lands as a draft at the first
 * workflow stage. One story created: straight to its edit view; otherwise the list of what happened.
 */
const ImportForm = () => {
  const { formatMessage, locale } = useIntl();
  const [importWireCopy] = useImportWireCopyMutation();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  /** The request each offered update came from (by content hash): a decision sends the same input again. */
  const [offerInputs, setOfferInputs] = useState<Map<string, ImportRequest>>(new Map());
  const [deciding, setDeciding] = useState<string | null>(null);
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const lang = locale.startsWith('ar') ? 'ar' : 'en';

  const inputs = new Map<string, ImportRequest>();
  const send = async (body: ImportRequest, file: string): Promise<ImportResult> => {
    try {
      const answer = await importWireCopy(body).unwrap();
      for (const update of answer.updates ?? []) inputs.set(update.contentHash, body);
      return answer;
    } catch (error) {
      return failureResult({ file, reason: errorMessage(error, lang) });
    }
  };

  /** Apply one offered update to its draft, or import it as new: its input again, with the decision. */
  const decide = async (update: OfferedUpdate, action: UpdateAction) => {
    const input = offerInputs.get(update.contentHash);
    if (!input || !result) return;
    setDeciding(`${update.contentHash}:${action}`);
    const answer = await send(
      { ...input, update: { contentHash: update.contentHash, documentId: update.documentId, action } },
      input.files?.[0]?.name ?? PASTED_TEXT,
    );
    setDeciding(null);
    const rest = result.updates.filter((offer) => offer !== update);
    setResult(mergeResults({ ...result, updates: rest }, answer));
    if (answer.updated.length + answer.created.length > 0)
      toggleNotification({
        type: 'success',
        message:
          action === 'apply'
            ? t('import.update.applied', 'Applied to the draft as a new version')
            : t('import.update.importedAsNew', 'Imported as a new story'),
      });
  };

  const sendFile = async (file: File): Promise<ImportResult> => {
    if (file.size > MAX_IMPORT_FILE_BYTES)
      return failureResult({ file: file.name, reason: t('import.error.tooLarge', 'larger than 5 MB') });
    try {
      return await send({ files: [await readAsBase64(file)] }, file.name);
    } catch (error) {
      return failureResult({ file: file.name, reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const runImport = async () => {
    setBusy(true);
    setResult(null);
    let all = emptyResult();
    if (text.trim() !== '') all = mergeResults(all, await send({ text }, PASTED_TEXT));
    for (const file of files) all = mergeResults(all, await sendFile(file));
    setBusy(false);
    setOfferInputs(inputs);
    const [only] = all.created;
    if (
      all.created.length === 1 &&
      all.updated.length + all.skipped.length + all.failed.length + all.updates.length === 0
    ) {
      toggleNotification({ type: 'success', message: t('import.done.one', 'Imported as a draft') });
      navigate(editViewPath(only.documentId, only.locale));
      return;
    }
    setResult(all);
  };

  const nothing = text.trim() === '' && files.length === 0;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Field.Root
        name="text"
        hint={t(
          'import.text.hint',
          'Agency copy as received: byline, lead, text. Several stories: one file each, or an archive.',
        )}
      >
        <Field.Label>{t('import.text.label', 'Paste copy')}</Field.Label>
        <Textarea
          dir={pastedDirection(text)}
          value={text}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
          rows={14}
        />
        <Field.Hint />
      </Field.Root>
      <Field.Root
        name="files"
        hint={t(
          'import.files.hint',
          'Plain text (.txt), archives (.xml, .sgml), JSON lines (.jsonl, .jsonl.gz); at most 5 MB each.',
        )}
      >
        <Field.Label>{t('import.files.label', 'Or upload files')}</Field.Label>
        <input
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          data-testid="import-files"
          onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
        />
        <Field.Hint />
      </Field.Root>
      <Box>
        <Button startIcon={<Upload />} onClick={() => void runImport()} loading={busy} disabled={busy || nothing}>
          {t('import.submit', 'Import')}
        </Button>
      </Box>
      {busy ? <Typography textColor="neutral600">{t('import.busy', 'Importing…')}</Typography> : null}
      {result ? (
        <UpdateOffers
          updates={result.updates}
          busy={deciding}
          onDecide={(update, action) => void decide(update, action)}
        />
      ) : null}
      {result &&
      (result.updates.length === 0 ||
        result.created.length + result.updated.length + result.skipped.length + result.failed.length > 0) ? (
        <ImportResults result={result} />
      ) : null}
    </Flex>
  );
};

const ImportPage = () => {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: getTranslation('import.title'), defaultMessage: 'Import wire copy' });
  return (
    <Page.Protect permissions={IMPORT_PERMISSIONS}>
      <Page.Main>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header
          title={title}
          subtitle={formatMessage({
            id: getTranslation('import.subtitle'),
            defaultMessage: 'Stories land as drafts at the first workflow stage, never published.',
          })}
        />
        <Layouts.Content>
          <ImportForm />
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};

export default ImportPage;
