/** Inviting someone: their email, name, role and departments. No password: they choose it. */
import { departmentsMisfit, NewUser, type InvitedUser, type UserRole } from '@civicstat/shared';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/ApiError';
import { useInviteUser } from '../../api/useUserChanges';
import { describeError } from '../../components/describeError';
import { ErrorSummary } from '../../components/forms/ErrorSummary';
import { fieldErrorSentences } from '../../components/forms/fieldErrorSentences';
import { TextField } from '../../components/forms/TextField';
import { validate, type FieldErrors } from '../../components/forms/validate';
import { useFocusOnRefusal } from '../../components/forms/useFocusOnRefusal';
import { RoleAndDepartments } from './RoleAndDepartments';

const fields = {
  email: { id: 'invite-email', label: 'Email address' },
  name: { id: 'invite-name', label: 'Name' },
  role: { id: 'invite-role', label: 'Role' },
  departmentIds: { id: 'invite-departments', label: 'Departments' },
};

interface InviteUserFormProps {
  departments: readonly { id: number; name: string }[];
  onInvited(invited: InvitedUser): void;
  onCancel(): void;
}

export function InviteUserForm({ departments, onInvited, onCancel }: InviteUserFormProps) {
  const invite = useInviteUser();
  const [role, setRole] = useState<UserRole>('council');
  const [departmentIds, setDepartmentIds] = useState<number[]>([]);
  const [formErrors, setFormErrors] = useState<FieldErrors>({});
  const { summaryRef, refuse } = useFocusOnRefusal();

  const errors = invite.error ? fieldErrorsOf(invite.error) : formErrors;
  const { byField, items } = fieldErrorSentences(fields, errors);
  const message = invite.error && items.length === 0 ? describeError(invite.error) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invite.isPending) return;
    const form = new FormData(event.currentTarget);
    const checked = validate(NewUser, {
      email: form.get('email'),
      name: form.get('name'),
      role,
      departmentIds,
    });
    const refused: FieldErrors = checked.errors ?? {};
    const misfit = departmentsMisfit(role, departmentIds);
    if (misfit) refused.departmentIds ??= misfit;
    if (!checked.data || Object.keys(refused).length > 0) {
      invite.reset();
      setFormErrors(refused);
      refuse();
      return;
    }
    setFormErrors({});
    invite.mutate(checked.data, {
      onSuccess: onInvited,
      onError: refuse,
    });
  }

  return (
    <>
      <p>
        They get an account without a password, and you get a one-time link to send them, with which
        they choose their password.
      </p>
      {(items.length > 0 || message) && (
        <ErrorSummary ref={summaryRef} message={message} items={items} />
      )}
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={fields.email.id}
          label={fields.email.label}
          error={byField.email}
          name="email"
          type="email"
          autoComplete="off"
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
          autoComplete="off"
          required
        />
        <RoleAndDepartments
          idPrefix="invite"
          role={role}
          departmentIds={departmentIds}
          departments={departments}
          errors={{ role: byField.role, departmentIds: byField.departmentIds }}
          onChange={(value) => {
            setRole(value.role);
            setDepartmentIds(value.departmentIds);
          }}
        />
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={invite.isPending || undefined}>
            {invite.isPending ? 'Inviting…' : 'Invite and make the link'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}
