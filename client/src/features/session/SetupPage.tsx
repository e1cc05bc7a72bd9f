/**
 * First run: whoever opens the one-time link the server printed creates the first
 * administrator, and is then signed in as them.
 */
import { FirstAdminRequest } from '@civicstat/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { useCreateFirstAdmin } from '../../api/useCreateFirstAdmin';
import { describeError } from '../../components/describeError';
import { ErrorSummary } from '../../components/forms/ErrorSummary';
import { linkFormRefusal } from '../../components/forms/linkFormRefusal';
import { TextField } from '../../components/forms/TextField';
import { validate, type FieldErrors } from '../../components/forms/validate';
import { useFocusOnRefusal } from '../../components/forms/useFocusOnRefusal';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';

const fields = {
  email: { id: 'setup-email', label: 'Email address' },
  name: { id: 'setup-name', label: 'Name' },
  password: { id: 'setup-password', label: 'Password' },
  confirmation: { id: 'setup-confirmation', label: 'Confirm password' },
};

export function SetupPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const navigate = useNavigate();
  const createAdmin = useCreateFirstAdmin();
  const [formErrors, setFormErrors] = useState<FieldErrors>({});
  const { summaryRef, refuse } = useFocusOnRefusal();

  const { byField, items, message, refused } = linkFormRefusal({
    fields,
    formErrors,
    serverError: createAdmin.error,
    linkNoLongerWorks,
    describe: refusal,
  });
  usePageTitle(
    !token
      ? 'Set-up link needed'
      : refused
        ? 'Error: Create the administrator'
        : 'Create the administrator',
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (createAdmin.isPending) return;
    const form = new FormData(event.currentTarget);
    const password = form.get('password');
    const checked = validate(FirstAdminRequest, {
      token,
      email: form.get('email'),
      name: form.get('name'),
      password,
    });
    const refusedFields: FieldErrors = checked.errors ?? {};
    if (form.get('confirmation') !== password) {
      refusedFields.confirmation = 'must be the same as the password';
    }
    if (!checked.data || Object.keys(refusedFields).length > 0) {
      createAdmin.reset();
      setFormErrors(refusedFields);
      refuse();
      return;
    }
    setFormErrors({});
    createAdmin.mutate(checked.data, {
      onSuccess: () => navigate('/', { replace: true }),
      onError: refuse,
    });
  }

  if (!token) {
    return (
      <PageState kind="empty" title="This page needs the set-up link">
        <p>
          When civicstat starts with no users, it prints a one-time link to create the first
          administrator. Open that link, with its token, to come back here. If you no longer have
          it, restart the server to print a new one.
        </p>
      </PageState>
    );
  }

  return (
    <div className="form-page">
      <header className="page-header">
        <p className="eyebrow">First-time set-up</p>
        <h1>Create the administrator</h1>
        <p className="lede">
          No one can sign in to civicstat yet. Choose the email address and password of its first
          administrator, who can then add everyone else. You will be signed in straight away.
        </p>
      </header>
      {refused && <ErrorSummary ref={summaryRef} message={message} items={items} />}
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={fields.email.id}
          label={fields.email.label}
          error={byField.email}
          name="email"
          type="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <TextField
          id={fields.name.id}
          label={fields.name.label}
          hint="As others will see it, e.g. “Avery Jones”."
          error={byField.name}
          name="name"
          autoComplete="name"
          required
        />
        <TextField
          id={fields.password.id}
          label={fields.password.label}
          hint="At least 12 characters. A few unrelated words make a strong one."
          error={byField.password}
          name="password"
          type="password"
          autoComplete="new-password"
          required
        />
        <TextField
          id={fields.confirmation.id}
          label={fields.confirmation.label}
          error={byField.confirmation}
          name="confirmation"
          type="password"
          autoComplete="new-password"
          required
        />
        <button type="submit" className="button" aria-disabled={createAdmin.isPending || undefined}>
          {createAdmin.isPending
            ? 'Creating the administrator…'
            : 'Create the administrator and sign in'}
        </button>
        <p role="status" className="visually-hidden">
          {createAdmin.isPending ? 'Creating the administrator…' : ''}
        </p>
      </form>
    </div>
  );
}

const linkNoLongerWorks = (
  <>
    This set-up link no longer works: it was already used, it is more than 24 hours old, or the
    server has printed a newer one since. Restart the server to print a new link, then open that
    link.
  </>
);

/** Why the server refused, when it is not about a field. */
function refusal(error: Error) {
  if (isApiError(error) && error.status === 409) {
    return (
      <>
        An administrator already exists, so this set-up link is no longer needed.{' '}
        <Link to="/sign-in">Sign in</Link> instead.
      </>
    );
  }
  return describeError(error);
}
