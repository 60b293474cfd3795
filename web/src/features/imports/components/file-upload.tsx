import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { importMessage, LIMITS, type ImportErrorCode } from '@schaltplan/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportLabels } from '../hooks/use-import-labels';
import { useUpload, type UploadedFile, type UploadProblem } from '../hooks/use-upload';
import { RunProgress } from './run-progress';

/** The upload endpoint's limit (api/src/imports/import-files.store.ts). */
const MAX_MB = LIMITS.importMaxMegabytes;
const ACCEPT = {
  'text/csv': ['.csv'],
  'text/plain': ['.txt', '.csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.ms-excel': ['.csv', '.xlsx'],
};

function formatSize(bytes: number, locale: string): string {
  const kb = bytes / 1024;
  const fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return kb < 1024 ? `${fmt.format(kb)} KB` : `${fmt.format(kb / 1024)} MB`;
}

function useUploadProblemText(): (problem: UploadProblem) => string {
  const { t } = useTranslation();
  const { language } = useImportLabels();
  return (problem) => {
    if (problem.params) return importMessage(problem.code as ImportErrorCode, problem.params, language);
    if (problem.code === 'NETWORK' || problem.code === 'UNAUTHENTICATED' || problem.code === 'FORBIDDEN') {
      return t(`imports.file.uploadErrors.${problem.code}`);
    }
    // Anything else (a proxy's error page …): the German text if there is one, else general advice.
    return language === 'de' && problem.message ? problem.message : t('imports.file.uploadErrors.other');
  };
}

/** Drop zone with a real "choose file" button (keyboard), upload progress and the uploaded file. */
export function FileUpload(props: {
  tenantId: string;
  file: UploadedFile | null;
  disabled: boolean;
  onUploaded: (file: UploadedFile | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const upload = useUpload(props.tenantId);
  const problemText = useUploadProblemText();
  const openRef = useRef<() => void>(null);
  const [rejected, setRejected] = useState(false);
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';

  const send = async (file: File | undefined) => {
    if (!file) return;
    setRejected(false);
    props.onUploaded(null);
    props.onUploaded(await upload.upload(file));
  };

  if (props.file && !upload.uploading) {
    return (
      <Alert
        color="green"
        role="status"
        title={t('imports.file.uploaded', {
          name: props.file.fileName,
          size: formatSize(props.file.sizeBytes, locale),
        })}
      >
        <Button variant="default" mt="xs" onClick={() => props.onUploaded(null)}>
          {t('imports.file.another')}
        </Button>
      </Alert>
    );
  }

  return (
    <Stack gap="sm">
      <Dropzone
        openRef={openRef}
        onDrop={(files) => void send(files[0])}
        onReject={() => setRejected(true)}
        accept={ACCEPT}
        maxSize={MAX_MB * 1024 * 1024}
        multiple={false}
        disabled={props.disabled || upload.uploading}
        activateOnClick={false}
        // The button below opens the picker; the zone itself is for dragging only.
        activateOnKeyboard={false}
        inputProps={{ 'aria-label': t('imports.file.choose') }}
      >
        <Stack align="center" gap="xs" py="lg" style={{ pointerEvents: 'none' }}>
          <Text size="lg" fw={500}>
            {t('imports.file.drop')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('imports.file.dropHint', { max: MAX_MB })}
          </Text>
        </Stack>
      </Dropzone>
      <Group>
        <Button onClick={() => openRef.current?.()} disabled={props.disabled || upload.uploading}>
          {t('imports.file.choose')}
        </Button>
        {props.disabled && (
          <Text size="sm" c="dimmed">
            {t('imports.file.chooseTargetFirst')}
          </Text>
        )}
      </Group>
      {upload.progress && <RunProgress phase="UPLOAD" done={upload.progress.loaded} total={upload.progress.total} />}
      <div>
        {rejected && (
          <Alert color="red" title={t('imports.file.uploadFailedTitle')}>
            {t('imports.file.rejected', { max: MAX_MB })}
          </Alert>
        )}
        {upload.problem && (
          <Alert color="red" title={t('imports.file.uploadFailedTitle')}>
            {problemText(upload.problem)}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
