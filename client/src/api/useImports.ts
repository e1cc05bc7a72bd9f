/**
 * Imports: the upload goes through XMLHttpRequest (fetch reports no upload progress); the dry
 * run and the commit stream progress lines (application/x-ndjson), read as they arrive.
 */
import {
  Import,
  ImportRowsPage,
  Problem,
  type ImportCheckInput,
  type ImportKind,
  type ImportOutcome,
  type ImportProgressLine,
} from '@civicstat/shared';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from './ApiError';
import { apiGet, basePath, readProblem } from './apiGet';
import { sessionQuery } from './session';

export interface Progress {
  done: number;
  total: number;
}

function problemOf(status: number, text: string): ApiError {
  try {
    const parsed = Problem.safeParse(JSON.parse(text));
    if (parsed.success) return new ApiError(parsed.data);
  } catch {
    // not JSON: fall through
  }
  return new ApiError({ type: 'about:blank', title: `Request failed (${status})`, status });
}

export function useImportActions() {
  const client = useQueryClient();
  const csrfToken = async () => (await client.ensureQueryData(sessionQuery))?.csrfToken ?? '';

  async function upload(
    file: File,
    kind: ImportKind,
    onProgress: (progress: Progress) => void,
  ): Promise<Import> {
    const token = await csrfToken();
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${basePath}/imports?kind=${kind}`);
      xhr.setRequestHeader('X-CSRF-Token', token);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress({ done: event.loaded, total: event.total });
      };
      xhr.onload = () => {
        if (xhr.status === 201) resolve(Import.parse(JSON.parse(xhr.responseText)));
        else reject(problemOf(xhr.status, xhr.responseText));
      };
      xhr.onerror = () => reject(problemOf(0, ''));
      const form = new FormData();
      form.append('file', file);
      xhr.send(form);
    });
  }

  async function run(
    path: string,
    body: unknown,
    onProgress: (progress: Progress) => void,
  ): Promise<Import> {
    const response = await fetch(`${basePath}${path}`, {
      method: 'POST',
      headers: {
        Accept: 'application/x-ndjson',
        'Content-Type': 'application/json',
        'X-CSRF-Token': await csrfToken(),
      },
      body: JSON.stringify(body),
    });
    if (!response.ok || !response.body) throw new ApiError(await readProblem(response));
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      buffered += value ?? '';
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const text of lines.filter(Boolean)) {
        const line = JSON.parse(text) as ImportProgressLine;
        if ('progress' in line)
          onProgress({ done: line.progress.processed, total: line.progress.total });
        else if ('error' in line) throw new ApiError({ type: 'about:blank', ...line.error });
        else {
          void client.invalidateQueries({ queryKey: ['imports'] });
          return Import.parse(line.import);
        }
      }
      if (done) throw problemOf(500, '');
    }
  }

  return {
    upload,
    check: (id: number, input: ImportCheckInput, onProgress: (p: Progress) => void) =>
      run(`/imports/${id}/check`, input, onProgress),
    commit: (id: number, onProgress: (p: Progress) => void) =>
      run(`/imports/${id}/commit`, {}, onProgress),
  };
}

/** A page of an import's report; `version` changes after each run so the page is read again. */
export function useImportRows(
  id: number,
  outcome: ImportOutcome | undefined,
  offset: number,
  version: string,
) {
  const search = new URLSearchParams({ limit: '50', offset: String(offset) });
  if (outcome) search.set('outcome', outcome);
  return useQuery({
    queryKey: ['imports', id, 'rows', { outcome, offset, version }],
    queryFn: ({ signal }) =>
      apiGet(`/imports/${id}/rows?${search.toString()}`, ImportRowsPage, { signal }),
    placeholderData: keepPreviousData,
  });
}
