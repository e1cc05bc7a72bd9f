/**
 * The one-time link an admin passes on (an invitation or a password reset): the person chooses
 * their password, and is then signed in with it.
 */
import { SetPasswordRequest } from '@civicstat/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/useSession';
import { useSetPassword } from '../../api/useSetPassword';
import { describeError } from '../../components/describeError';
import { ErrorSummary } from '../../components/forms/ErrorSummary';
import { linkFormRefusal } from '../../components/forms/linkFormRefusal';
import { TextField } from '../../components/forms/TextField';
import { validate, type FieldErrors } from '../../components/forms/validate';
import { useFocusOnRefusal } from '../../components/forms/useFocusOnRefusal';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';

const fields = {
  password: { id: 'set-password-password', label: 'New password' },
  confirmation: { id: 'set-password-confirmation', label: 'Confirm new password' },
};

export function SetPasswordPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const navigate = useNavigate();
  const session = useSession();
  const setPassword = useSetPassword();
  const [formErrors, setFormErrors] = useState<FieldErrors>({});
  const { summaryRef, refuse } = useFocusOnRefusal();

  const { byField, items, message, refused } = linkFormRefusal({
    fields,
    formErrors,
    serverError: setPassword.error,
    linkNoLongerWorks,
    describe: describeError,
  });
  usePageTitle(
    !token
      ? 'Password link needed'
      : refused
        ? 'Error: Choose your password'
        : 'Choose your password',
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (setPassword.isPending) return;
    const form = new FormData(event.currentTarget);
    const password = form.get('password');
    const checked = validate(SetPasswordRequest, { token, password });
    const refusedFields: FieldErrors = checked.errors ?? {};
    if (form.get('confirmation') !== password) {
      refusedFields.confirmation = 'must be the same as the new password';
    }
    if (!checked.data || Object.keys(refusedFields).length > 0) {
      setPassword.reset();
      setFormErrors(refusedFields);
      refuse();
      return;
    }
    setFormErrors({});
    setPassword.mutate(checked.data, {
      onSuccess: () => navigate('/', { replace: true }),
      onError: refuse,
    });
  }

  if (!token) {
    return (
      <PageState kind="empty" title="This page needs your password link">
        <p>
          Your civicstat administrator gives you a one-time link to choose your password, when they
          invite you or reset your password. Open that link, with its token, to come back here. If
          you no longer have it, ask them for a new one.
        </p>
      </PageState>
    );
  }

  const signedInAs = session.data?.user;
  return (
    <div className="form-page">
      <header className="page-header">
        <p className="eyebrow">Your account</p>
        <h1>Choose your password</h1>
        <p className="lede">
          This link works once. Choose the password you will sign in with; you will be signed in
          straight away, and signed out everywhere else.
        </p>
      </header>
      {signedInAs && (
        <p className="note">
          This browser is signed in as {signedInAs.name}. Setting a password here signs it in as the
          person this link was made for.
        </p>
      )}
      {refused && <ErrorSummary ref={summaryRef} message={message} items={items} />}
      <form className="form" noValidate onSubmit={submit}>
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
        <button type="submit" className="button" aria-disabled={setPassword.isPending || undefined}>
          {setPassword.isPending ? 'Setting your password…' : 'Set password and sign in'}
        </button>
        <p role="status" className="visually-hidden">
          {setPassword.isPending ? 'Setting your password…' : ''}
        </p>
      </form>
    </div>
  );
}

const linkNoLongerWorks = (
  <>
    This link no longer works: it was already used, it is more than 72 hours old, or your
    administrator has made a newer one since. Ask them for a new link.
  </>
);
