/**
 * A user's role, and for a department head the departments they answer for (a group of
 * checkboxes, shown only for that role).
 */
import { userRoles, type UserRole } from '@civicstat/shared';
import { SelectField } from '../../components/forms/SelectField';
import { roleNames } from '../session/roleLabel';

interface RoleAndDepartmentsProps {
  /** Prefix of the fields' ids: `invite` gives `invite-role`, `invite-departments`. */
  idPrefix: string;
  role: UserRole;
  departmentIds: number[];
  departments: readonly { id: number; name: string }[];
  onChange(value: { role: UserRole; departmentIds: number[] }): void;
  /** Full sentences, as TextField takes them. */
  errors: { role?: string; departmentIds?: string };
}

export function RoleAndDepartments(props: RoleAndDepartmentsProps) {
  const { idPrefix, role, departmentIds, departments, onChange, errors } = props;
  const roleId = `${idPrefix}-role`;
  const groupId = `${idPrefix}-departments`;

  function toggle(id: number, checked: boolean) {
    const next = checked ? [...departmentIds, id] : departmentIds.filter((d) => d !== id);
    onChange({ role, departmentIds: next });
  }

  return (
    <>
      <SelectField
        id={roleId}
        label="Role"
        error={errors.role}
        value={role}
        options={userRoles.map((value) => ({ value, label: roleNames[value] }))}
        onChange={(event) => {
          const next = event.target.value as UserRole;
          // Only department heads answer for departments.
          onChange({
            role: next,
            departmentIds: next === 'department_head' ? departmentIds : [],
          });
        }}
      />
      {role === 'department_head' && (
        <fieldset
          id={groupId}
          tabIndex={-1}
          className={errors.departmentIds ? 'field field--error choices' : 'field choices'}
          aria-describedby={errors.departmentIds ? `${groupId}-error` : `${groupId}-hint`}
        >
          <legend className="field__label">Departments</legend>
          <p id={`${groupId}-hint`} className="field__hint">
            The departments whose measurements this person enters and submits.
          </p>
          {errors.departmentIds && (
            <p id={`${groupId}-error`} className="field__error">
              <span className="visually-hidden">Error: </span>
              {errors.departmentIds}
            </p>
          )}
          <div className="choices__list">
            {departments.map((department) => (
              <label key={department.id} className="choices__choice">
                <input
                  type="checkbox"
                  checked={departmentIds.includes(department.id)}
                  onChange={(event) => toggle(department.id, event.target.checked)}
                />
                {department.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}
