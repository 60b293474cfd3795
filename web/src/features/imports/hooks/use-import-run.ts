import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ImportRunDocument,
  StartImportDocument,
  type ImportRunFieldsFragment,
  type StartImportInput,
} from '../../../generated/graphql';

const POLL_MS = 300;
const POLL_RETRIES = 5;

export interface ImportRunState {
  run: ImportRunFieldsFragment | null;
  /** A request failed (network, session): not a problem of the file. */
  error: unknown;
  running: boolean;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Starts a dry run or commit and polls it until it has finished; the latest state drives the progress bar. */
export function useImportRun() {
  const client = useApolloClient();
  const [state, setState] = useState<ImportRunState>({ run: null, error: null, running: false });
  // A newer start (or leaving the page) ends the polling of an older run.
  const generation = useRef(0);
  useEffect(() => () => void (generation.current += 1), []);

  /** One progress check; a few failures in a row (flaky line) are retried, since the run goes on regardless. */
  const poll = useCallback(
    async (id: string) => {
      for (let attempt = 1; ; attempt++) {
        try {
          const polled = await client.query({ query: ImportRunDocument, variables: { id }, fetchPolicy: 'no-cache' });
          return polled.data?.importRun ?? null;
        } catch (error) {
          if (attempt >= POLL_RETRIES) throw error;
          await wait(POLL_MS * 2 ** attempt);
        }
      }
    },
    [client],
  );

  const start = useCallback(
    async (input: StartImportInput): Promise<ImportRunFieldsFragment | null> => {
      const mine = ++generation.current;
      setState({ run: null, error: null, running: true });
      try {
        const started = await client.mutate({ mutation: StartImportDocument, variables: { input } });
        let run = started.data?.startImport ?? null;
        while (run && run.status === 'RUNNING') {
          if (generation.current !== mine) return null;
          setState({ run, error: null, running: true });
          await wait(POLL_MS);
          run = await poll(run.id);
        }
        if (generation.current !== mine) return null;
        setState({ run, error: null, running: false });
        return run;
      } catch (error) {
        if (generation.current === mine) setState({ run: null, error, running: false });
        return null;
      }
    },
    [client, poll],
  );

  const reset = useCallback(() => {
    generation.current += 1;
    setState({ run: null, error: null, running: false });
  }, []);

  return { ...state, start, reset };
}
