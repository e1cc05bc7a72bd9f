/** Every account in a table, each row with its actions (buttons named after the person). */
import type { UserAccount } from '@civicstat/shared';
import { roleNames } from '../session/roleLabel';
import { departmentNames, formatMoment, statusText } from './adminFormat';

export type RowAction = 'edit' | 'sessions' | 'reset' | 'deactivate' | 'reactivate';

/** The id of a row's button, to give focus back to it when its task ends. */
export function actionButtonId(userId: number, action: RowAction): string {
  const slot = action === 'deactivate' || action === 'reactivate' ? 'active' : action;
  return `user-${userId}-${slot}`;
}

interface UsersTableProps {
  users: UserAccount[];
  departments: readonly { id: number; name: string }[] | undefined;
  timeZone: string | undefined;
  currentUserId: number;
  onAction(action: RowAction, user: UserAccount): void;
}

export function UsersTable({
  users,
  departments,
  timeZone,
  currentUserId,
  onAction,
}: UsersTableProps) {
  const button = (user: UserAccount, action: RowAction, label: string) => (
    <button
      type="button"
      id={actionButtonId(user.id, action)}
      className={
        action === 'deactivate'
          ? 'button button--small button--danger-outline'
          : 'button button--small button--secondary'
      }
      onClick={() => onAction(action, user)}
    >
      {label}
      <span className="visually-hidden"> {user.name}</span>
    </button>
  );

  return (
    <div className="table-scroll">
      <table className="data-table users-table">
        <caption>
          {users.length === 1 ? 'One account' : `${users.length} accounts`}, by name
        </caption>
        <thead>
          <tr>
            <th scope="col">Name and email</th>
            <th scope="col">Role</th>
            <th scope="col">Departments</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Sessions</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr
              key={user.id}
              className={user.status === 'deactivated' ? 'is-deactivated' : undefined}
            >
              <th scope="row">
                <span className="users-table__name">
                  {user.name}
                  {user.id === currentUserId && <span className="tag">You</span>}
                </span>
                <span className="users-table__email">{user.email}</span>
              </th>
              <td>{roleNames[user.role]}</td>
              <td>{departmentNames(user.departmentIds, departments)}</td>
              <td>
                <span className={`status status--${user.status}`}>
                  {user.status === 'invited' ? 'Invited' : statusText(user)}
                </span>
                {user.status === 'invited' && (
                  <span className="users-table__when">no password yet</span>
                )}
                {user.deactivatedAt && (
                  <span className="users-table__when">
                    since {formatMoment(user.deactivatedAt, timeZone)}
                  </span>
                )}
              </td>
              <td className="users-table__moment">
                {user.lastSignInAt ? formatMoment(user.lastSignInAt, timeZone) : 'Never'}
              </td>
              <td>{user.activeSessions}</td>
              <td>
                <div className="users-table__actions">
                  {button(user, 'edit', 'Edit')}
                  {button(user, 'sessions', 'Sessions')}
                  {user.status === 'active' && button(user, 'reset', 'Reset password')}
                  {user.status === 'invited' && button(user, 'reset', 'New link')}
                  {user.id !== currentUserId &&
                    (user.status === 'deactivated'
                      ? button(user, 'reactivate', 'Reactivate')
                      : button(user, 'deactivate', 'Deactivate'))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
