import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';

/** The Verwaltung an archive created (POST /api/exit-archive answers with it). */
export interface ImportedTenant {
  tenantId: string;
  name: string;
  ags: string;
}

/** Why an import failed: the server's code, message and details (file/row, or the existing Verwaltung). */
export interface ArchiveImportProblem {
  code: string;
  status: number;
  message: string | null;
  details: Record<string, unknown>;
}

export interface ArchiveImportState {
  importing: boolean;
  imported: ImportedTenant | null;
  problem: ArchiveImportProblem | null;
}

const IDLE: ArchiveImportState = { importing: false, imported: null, problem: null };

async function problemOf(res: Response): Promise<ArchiveImportProblem> {
  try {
    const body = (await res.json()) as Partial<ArchiveImportProblem>;
    if (typeof body.code === 'string') {
      return { code: body.code, status: res.status, message: body.message ?? null, details: body.details ?? {} };
    }
  } catch {
    // Not JSON (a proxy's error page …): the status says enough.
  }
  return { code: `HTTP_${res.status}`, status: res.status, message: null, details: {} };
}

/** Sends an exit archive to the server; on success the lists are fetched again. */
export function useArchiveImport() {
  const client = useApolloClient();
  const [state, setState] = useState<ArchiveImportState>(IDLE);

  const send = useCallback(
    async (file: File) => {
      setState({ importing: true, imported: null, problem: null });
      try {
        const res = await fetch('/api/exit-archive', {
          method: 'POST',
          headers: { 'content-type': 'application/zip' },
          body: file,
        });
        if (res.status !== 201) {
          setState({ importing: false, imported: null, problem: await problemOf(res) });
          return;
        }
        const imported = (await res.json()) as ImportedTenant;
        setState({ importing: false, imported, problem: null });
        await client.refetchQueries({ include: 'active' });
      } catch {
        setState({
          importing: false,
          imported: null,
          problem: { code: 'NETWORK', status: 0, message: null, details: {} },
        });
      }
    },
    [client],
  );

  return { ...state, send, reset: useCallback(() => setState(IDLE), []) };
}
