import { normalizeHeader, type ImportTarget } from '@schaltplan/domain';
import { useState } from 'react';
import {
  useImportFileAnalysisQuery,
  type CsvDelimiter,
  type FileEncoding,
  type ImportMode,
  type StartImportInput,
} from '../../../generated/graphql';
import { missingMustMap, resolveMapping, type MappingChoices } from '../mapping';
import { useImportRun } from './use-import-run';
import type { UploadedFile } from './use-upload';

/** Overrides of what the server detected; null/undefined: take the detected value. */
export interface ReadOverrides {
  sheet?: string | null;
  encoding?: FileEncoding | null;
  delimiter?: CsvDelimiter | null;
  headerRow?: number | null;
}

export const WIZARD_STEPS = ['file', 'columns', 'check', 'commit'] as const;

/** Everything the four steps share: target, file, read settings, mapping, dry run and commit. */
export function useImportWizard(tenantId: string) {
  const [step, setStep] = useState(0);
  const [target, setTargetState] = useState<ImportTarget | null>(null);
  const [file, setFileState] = useState<UploadedFile | null>(null);
  const [read, setRead] = useState<ReadOverrides>({});
  const [choices, setChoices] = useState<MappingChoices>({});
  const [defaultLocation, setDefaultLocation] = useState<string | null>(null);
  const [markMissing, setMarkMissing] = useState(false);
  const dryRun = useImportRun();
  const commit = useImportRun();

  const analysisQuery = useImportFileAnalysisQuery({
    variables: {
      fileId: file?.id ?? '',
      target,
      sheet: read.sheet ?? undefined,
      encoding: read.encoding ?? undefined,
      delimiter: read.delimiter ?? undefined,
      headerRow: read.headerRow ?? undefined,
    },
    skip: !file || !target,
    fetchPolicy: 'cache-first',
  });
  // While an override is read again, keep showing the last reading of the same file.
  const previous = analysisQuery.previousData?.importFileAnalysis;
  const analysis =
    analysisQuery.data?.importFileAnalysis ?? (previous && previous.fileId === file?.id ? previous : null);
  const mapping = analysis ? resolveMapping(analysis.headers, analysis.suggestedMapping, choices) : [];
  const missing = target && analysis ? missingMustMap(target, mapping, defaultLocation) : [];

  /** Any change to what would be imported makes an earlier dry run stale. */
  const invalidate = () => {
    dryRun.reset();
    commit.reset();
  };

  const setTarget = (next: ImportTarget) => {
    if (next === target) return;
    setTargetState(next);
    // Fields differ per target: earlier choices would not fit.
    setChoices({});
    setDefaultLocation(null);
    setMarkMissing(false);
    invalidate();
  };

  const setFile = (next: UploadedFile | null) => {
    setFileState(next);
    setRead({});
    invalidate();
  };

  const chooseField = (header: string, field: string | null) => {
    // Pin the whole current mapping, so the other columns keep theirs as the file changes.
    const pinned = analysis
      ? Object.fromEntries(analysis.headers.map((h, i) => [normalizeHeader(h), mapping[i] ?? null]))
      : {};
    setChoices({ ...choices, ...pinned, [normalizeHeader(header)]: field });
    invalidate();
  };

  const runInput = (mode: ImportMode): StartImportInput | null => {
    if (!file || !target || !analysis) return null;
    return {
      fileId: file.id,
      target,
      mode,
      sheet: analysis.sheet ?? undefined,
      encoding: analysis.encoding ?? undefined,
      delimiter: analysis.delimiter ?? undefined,
      headerRow: analysis.headerRow,
      // "" leaves a column out; the API's validation refuses null elements (IsString each).
      mapping: mapping.map((field) => field ?? ''),
      defaults: defaultLocation ? [{ field: 'location', value: defaultLocation }] : [],
      markMissing,
    };
  };

  const startDryRun = async () => {
    const input = runInput('DRY_RUN');
    if (!input) return;
    commit.reset();
    setStep(2);
    await dryRun.start(input);
  };

  const startCommit = async () => {
    const input = runInput('COMMIT');
    if (!input) return;
    await commit.start(input);
  };

  /** Back to step 1 for a corrected file: target and mapping (by header name) are kept. */
  const replaceFile = () => {
    if (analysis) {
      setChoices(Object.fromEntries(analysis.headers.map((h, i) => [normalizeHeader(h), mapping[i] ?? null])));
    }
    setFile(null);
    setStep(0);
  };

  /** A fresh import from the start (after a commit). */
  const restart = () => {
    setTargetState(null);
    setChoices({});
    setDefaultLocation(null);
    setMarkMissing(false);
    setFile(null);
    setStep(0);
  };

  const dryRunClean =
    !!dryRun.run && dryRun.run.status === 'SUCCEEDED' && (dryRun.run.counts?.errors ?? 0) === 0 && !dryRun.running;

  return {
    tenantId,
    step,
    setStep,
    target,
    setTarget,
    file,
    setFile,
    read,
    setRead: (next: ReadOverrides) => {
      setRead(next);
      invalidate();
    },
    analysis,
    analysisLoading: analysisQuery.loading,
    analysisError: analysisQuery.error,
    mapping,
    missing,
    chooseField,
    applyChoices: (next: MappingChoices) => {
      setChoices(next);
      invalidate();
    },
    defaultLocation,
    setDefaultLocation: (value: string | null) => {
      setDefaultLocation(value);
      invalidate();
    },
    markMissing,
    setMarkMissing: (value: boolean) => {
      setMarkMissing(value);
      invalidate();
    },
    dryRun,
    commit,
    dryRunClean,
    startDryRun,
    startCommit,
    replaceFile,
    restart,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
