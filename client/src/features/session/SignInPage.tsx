/** Signing in with email and password, then back to the page the user came from (`?next=`). */
import { SignInRequest } from '@civicstat/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldErrorsOf } from '../../api/ApiError';
import { useSession } from '../../api/useSession';
import { useSignIn } from '../../api/useSignIn';
import { describeError } from '../../components/describeError';
import { ErrorSummary } from '../../components/forms/ErrorSummary';
import { fieldErrorSentences } from '../../components/forms/fieldErrorSentences';
import { TextField } from '../../components/forms/TextField';
import { validate, type FieldErrors } from '../../components/forms/validate';
import { useFocusOnRefusal } from '../../components/forms/useFocusOnRefusal';
import { usePageTitle } from '../../components/usePageTitle';
import { safeNextPath } from './nextPath';

const fields = {
  email: { id: 'sign-in-email', label: 'Email address' },
  password: { id: 'sign-in-password', label: 'Password' },
};

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'), window.location.origin);
  const navigate = useNavigate();
  const session = useSession();
  const signIn = useSignIn();
  // Errors found before sending; the server's come with signIn.error.
  const [formErrors, setFormErrors] = useState<FieldErrors>({});
  const { summaryRef, refuse } = useFocusOnRefusal();

  const errors = signIn.error ? fieldErrorsOf(signIn.error) : formErrors;
  const { byField, items } = fieldErrorSentences(fields, errors);
  const message = signIn.error && items.length === 0 ? describeError(signIn.error) : undefined;
  const refused = items.length > 0 || message !== undefined;
  usePageTitle(refused ? 'Error: Sign in' : 'Sign in');

  // After each refused submission the summary takes focus, so it is read first.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const form = new FormData(event.currentTarget);
    const checked = validate(SignInRequest, {
      email: form.get('email'),
      password: form.get('password'),
    });
    if (checked.errors) {
      signIn.reset();
      setFormErrors(checked.errors);
      refuse();
      return;
    }
    setFormErrors({});
    signIn.mutate(checked.data, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: refuse,
    });
  }

  if (session.data && signIn.isIdle) {
    return (
      <div className="form-page">
        <h1>You are signed in</h1>
        <p>
          You are signed in as {session.data.user.name} ({session.data.user.email}).
        </p>
        <p>
          <Link to={next}>Continue</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="form-page">
      <header className="page-header">
        <h1>Sign in</h1>
        <p className="lede">
          For city staff and council members. Everyone can see the public figures without signing
          in.
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
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <TextField
          id={fields.password.id}
          label={fields.password.label}
          error={byField.password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <button type="submit" className="button" aria-disabled={signIn.isPending || undefined}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        <p role="status" className="visually-hidden">
          {signIn.isPending ? 'Signing in…' : ''}
        </p>
      </form>
      <p className="form-page__help">
        Forgotten your password? Contact your city’s civicstat administrator.
      </p>
    </div>
  );
}
