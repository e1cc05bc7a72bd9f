/**
 * Changing a user's name, role and departments, based on the version the admin opened. When
 * someone changed the account since (412), nothing is saved: the form shows the current values.
 */
import { departmentsMisfit, UserChanges, type UserAccount } from '@civicstat/shared';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/ApiError';
import { staleCurrent, useUpdateUser } from '../../api/useUserChanges';
import { describeError } from '../../components/describeError';
import { ErrorSummary } from '../../components/forms/ErrorSummary';
import { useFocusOnRefusal } from '../../components/forms/useFocusOnRefusal';
import { fieldErrorSentences } from '../../components/forms/fieldErrorSentences';
import { TextField } from '../../components/forms/TextField';
import { validate, type FieldErrors } from '../../components/forms/validate';
import { RoleAndDepartments } from './RoleAndDepartments';
import { StaleAccountNotice } from './StaleAccountNotice';

const fields = {
  name: { id: 'edit-name', label: 'Name' },
  role: { id: 'edit-role', label: 'Role' },
  departmentIds: { id: 'edit-departments', label: 'Departments' },
};

interface EditUserFormProps {
  user: UserAccount;
  departments: readonly { id: number; name: string }[];
  onSaved(user: UserAccount): void;
  onCancel(): void;
}

export function EditUserForm({ user, departments, onSaved, onCancel }: EditUserFormProps) {
  const update = useUpdateUser();
  // The version this edit is based on: the one opened, or the current one after a 412.
  const [base, setBase] = useState(user);
  const [values, setValues] = useState({
    name: user.name,
    role: user.role,
    departmentIds: user.departmentIds,
  });
  const [formErrors, setFormErrors] = useState<FieldErrors>({});
  const [stale, setStale] = useState<UserAccount>();
  const { summaryRef, staleRef, refuse } = useFocusOnRefusal(stale);

  const errors = update.error ? fieldErrorsOf(update.error) : formErrors;
  const { byField, items } = fieldErrorSentences(fields, errors);
  const message =
    update.error && !stale && items.length === 0 ? describeError(update.error) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const checked = validate(UserChanges, values);
    const refused: FieldErrors = checked.errors ?? {};
    const misfit = departmentsMisfit(values.role, values.departmentIds);
    if (misfit) refused.departmentIds ??= misfit;
    if (!checked.data || Object.keys(refused).length > 0) {
      update.reset();
      setFormErrors(refused);
      refuse();
      return;
    }
    setFormErrors({});
    setStale(undefined);
    update.mutate(
      { user: base, changes: checked.data },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const current = staleCurrent(error);
          if (current) {
            setStale(current);
            setBase(current);
            setValues({
              name: current.name,
              role: current.role,
              departmentIds: current.departmentIds,
            });
          }
          refuse();
        },
      },
    );
  }

  return (
    <>
      <p>{user.email}. A new role applies at once, in every session of theirs.</p>
      {stale && <StaleAccountNotice ref={staleRef} current={stale} departments={departments} />}
      {(items.length > 0 || message) && (
        <ErrorSummary ref={summaryRef} message={message} items={items} />
      )}
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={fields.name.id}
          label={fields.name.label}
          error={byField.name}
          name="name"
          autoComplete="off"
          value={values.name}
          onChange={(event) => setValues({ ...values, name: event.target.value })}
          required
        />
        <RoleAndDepartments
          idPrefix="edit"
          role={values.role}
          departmentIds={values.departmentIds}
          departments={departments}
          errors={{ role: byField.role, departmentIds: byField.departmentIds }}
          onChange={(value) => setValues({ ...values, ...value })}
        />
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={update.isPending || undefined}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}
