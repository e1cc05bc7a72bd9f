import type { Dataset, DepartmentList, Problem } from '@civicstat/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { sessionQuery } from '../../api/session';
import { DatasetForm } from './DatasetForm';
import { checkDataset, errorsByField, valuesOf } from './datasetFields';

const stored: Dataset = {
  id: 7,
  title: 'Building permits',
  description: 'Every permit issued.',
  department: { id: 4, code: 'DSC', name: 'Development Services' },
  stewardName: 'Ana Ortiz',
  stewardEmail: 'ana.ortiz@example.org',
  systemOfRecord: 'Accela',
  accessLevel: 'public',
  accessReason: null,
  updateFrequency: 'monthly',
  lastUpdated: '2026-01-31',
  nextUpdateDue: '2026-02-28',
  freshness: 'current',
  formats: ['CSV'],
  downloadUrl: null,
  landingUrl: null,
  license: null,
  keywords: ['permits'],
  themes: ['Housing'],
  pipelineState: 'approved',
  scores: { publicDemand: 4, residentValue: 4, publishingEffort: 2, risk: 1 },
  priorityScore: 80,
  kpiIds: [],
  proposedBy: null,
  version: 3,
  archived: false,
  createdAt: '2026-01-01T12:00:00.000Z',
  updatedAt: '2026-01-31T12:00:00.000Z',
};

/** What fetch resolves with: only what apiSend and readProblem read of a Response. */
function answer(status: number, body: unknown) {
  return {
    ok: status < 300,
    status,
    statusText: '',
    headers: new Map([['content-type', 'application/problem+json']]),
    json: () => Promise.resolve(body),
  } as unknown as Response;
}

function problem(status: number, extra: Partial<Problem> & Record<string, unknown>) {
  return { type: '/problems/x', title: 'Refused', status, ...extra };
}

let fetchMock: jest.Mock<Promise<Response>, [string, RequestInit?]>;

beforeEach(() => {
  fetchMock = jest.fn<Promise<Response>, [string, RequestInit?]>();
  globalThis.fetch = fetchMock as unknown as typeof fetch;
});

function renderForm(dataset?: Dataset) {
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: false }, mutations: { retry: false } },
  });
  // Signed out as far as the writes go (no CSRF token), with one department to choose.
  client.setQueryData(sessionQuery.queryKey, null);
  client.setQueryData<Pick<DepartmentList, 'data'>>(['departments'], {
    data: [{ ...stored.department, kpiCount: 0 } as DepartmentList['data'][number]],
  });
  const onDone = jest.fn();
  render(
    <QueryClientProvider client={client}>
      <DatasetForm dataset={dataset} onDone={onDone} />
    </QueryClientProvider>,
  );
  return { onDone };
}

const input = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const type = (label: string, value: string) =>
  fireEvent.change(input(label), { target: { value } });

/** The field's error as its input reads it, through aria-describedby. */
function describedError(control: HTMLElement) {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent).join(' ');
}

describe('DatasetForm', () => {
  test('a refusal naming scores.risk and title shows at both inputs and in a focused summary', async () => {
    fetchMock.mockResolvedValue(
      answer(
        422,
        problem(422, {
          errors: [
            { path: 'body.scores.risk', message: 'must be a whole number from 1 to 5' },
            { path: 'body.title', message: 'is already the title of another dataset' },
          ],
        }),
      ),
    );
    renderForm();
    type('Title', 'Building permits');
    fireEvent.change(screen.getByLabelText('Department'), { target: { value: '4' } });
    type('Steward', 'Ana Ortiz');
    type('Steward’s email', 'ana.ortiz@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Add dataset' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/datasets', expect.anything());

    const title = input('Title');
    const risk = input('Risk or sensitivity (1–5)');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(risk.getAttribute('aria-invalid')).toBe('true');
    expect(describedError(title)).toBe('Error: Title is already the title of another dataset');
    expect(describedError(risk)).toBe(
      'Error: Risk or sensitivity (1–5) must be a whole number from 1 to 5',
    );
    expect(input('Steward').getAttribute('aria-invalid')).toBeNull();

    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Title is already the title of another dataset', `#${title.id}`],
      ['Risk or sensitivity (1–5) must be a whole number from 1 to 5', `#${risk.id}`],
    ]);
    fireEvent.click(links[1]!);
    expect(document.activeElement).toBe(risk);
  });

  test('checks the form before sending, and says what is missing', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Add dataset' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Title is required',
      'Department must be chosen',
      'Steward is required',
      'Steward’s email must be an email address',
    ]);
    expect(screen.getByLabelText('Department').getAttribute('aria-invalid')).toBe('true');
  });

  test('a 412 shows the stored version, and its notice takes focus', async () => {
    const current = { ...stored, title: 'Permits issued', version: 4 };
    fetchMock.mockResolvedValue(answer(412, problem(412, { current })));
    const { onDone } = renderForm(stored);
    type('Download URL', 'https://data.example.org/permits.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const notice = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(notice.textContent).toContain('version 4');
    expect(fetchMock.mock.calls[0]?.[1]?.headers).toMatchObject({ 'If-Match': '"3"' });
    expect(input('Title').value).toBe('Permits issued');
    expect(input('Download URL').value).toBe('');
    expect(screen.getByRole('form', { name: 'Change Permits issued' })).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('checkDataset', () => {
  test('names a refused score by its factor, as the server does', () => {
    expect(checkDataset({ ...valuesOf(stored), risk: '9', publicDemand: '' }).errors).toEqual({
      'scores.publicDemand': 'must be a whole number from 1 to 5',
      'scores.risk': 'must be a whole number from 1 to 5',
    });
  });

  test('passes a stored dataset as it is', () => {
    expect(checkDataset(valuesOf(stored)).errors).toBeUndefined();
  });
});

describe('errorsByField', () => {
  test('places each path the server names at its input', () => {
    expect(
      errorsByField({
        'scores.publicDemand': 'must be a whole number from 1 to 5',
        'keywords.2': 'must be at most 100 characters',
        themes: 'at most 30',
        departmentId: 'must be an id (a positive integer)',
        downloadUrl: 'must be a web address starting with https:// or http://',
      }),
    ).toEqual({
      publicDemand: 'must be a whole number from 1 to 5',
      keywords: 'entry 3 must be at most 100 characters',
      themes: 'at most 30',
      departmentId: 'must be chosen',
      downloadUrl: 'must be a web address starting with https:// or http://',
    });
  });
});
