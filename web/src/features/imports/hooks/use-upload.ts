import { useCallback, useEffect, useRef, useState } from 'react';

/** What the upload endpoint stores and answers with. */
export interface UploadedFile {
  id: string;
  tenantId: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

/** Why an upload failed: the server's code and (German) message, or a network/abort problem. */
export interface UploadProblem {
  code: string;
  message: string | null;
  /** Present for file problems the shared texts know (packages/domain importMessage). */
  params?: Record<string, string | number>;
}

export interface UploadState {
  /** Bytes sent so far and in total while an upload runs. */
  progress: { loaded: number; total: number } | null;
  problem: UploadProblem | null;
  uploading: boolean;
}

function parseProblem(xhr: XMLHttpRequest): UploadProblem {
  try {
    const body = JSON.parse(xhr.responseText) as Partial<UploadProblem>;
    if (typeof body.code === 'string') return { code: body.code, message: body.message ?? null, params: body.params };
  } catch {
    // Not JSON (proxy error page …): fall through to the status.
  }
  return { code: xhr.status === 0 ? 'NETWORK' : `HTTP_${xhr.status}`, message: null };
}

/**
 * Sends a file to POST /api/imports/files. XMLHttpRequest rather than fetch: only it reports
 * upload progress, which a 50 MB file on a slow town-hall line needs.
 */
export function useUpload(tenantId: string) {
  const [state, setState] = useState<UploadState>({ progress: null, problem: null, uploading: false });
  const current = useRef<XMLHttpRequest | null>(null);

  // Leaving the page cancels a running upload.
  useEffect(() => () => current.current?.abort(), []);

  const upload = useCallback(
    (file: File): Promise<UploadedFile | null> =>
      new Promise((resolve) => {
        current.current?.abort();
        const xhr = new XMLHttpRequest();
        current.current = xhr;
        const query = new URLSearchParams({ tenantId, fileName: file.name });
        xhr.open('POST', `/api/imports/files?${query.toString()}`);
        xhr.setRequestHeader('content-type', 'application/octet-stream');
        xhr.upload.onprogress = (event) => {
          setState((s) => ({ ...s, progress: { loaded: event.loaded, total: event.total || file.size } }));
        };
        const fail = (problem: UploadProblem) => {
          setState({ progress: null, problem, uploading: false });
          resolve(null);
        };
        xhr.onload = () => {
          if (xhr.status !== 201) return fail(parseProblem(xhr));
          try {
            const stored = JSON.parse(xhr.responseText) as UploadedFile;
            setState({ progress: null, problem: null, uploading: false });
            resolve(stored);
          } catch {
            fail({ code: 'INVALID_RESPONSE', message: null });
          }
        };
        xhr.onerror = () => fail({ code: 'NETWORK', message: null });
        xhr.onabort = () => {
          setState({ progress: null, problem: null, uploading: false });
          resolve(null);
        };
        setState({ progress: { loaded: 0, total: file.size }, problem: null, uploading: true });
        xhr.send(file);
      }),
    [tenantId],
  );

  const reset = useCallback(() => setState({ progress: null, problem: null, uploading: false }), []);

  return { ...state, upload, reset };
}
