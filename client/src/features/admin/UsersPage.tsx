/**
 * The admin's user management: every account in a table, and one task at a time in a panel
 * above it (invite, edit, deactivate or reactivate, reset a password, sessions).
 */
import type { PasswordLink, UserAccount } from '@civicstat/shared';
import { useDepartments } from '../../api/useDepartments';
import { useSession } from '../../api/useSession';
import { useSite } from '../../api/useSite';
import { useUsers } from '../../api/useUsers';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { useTaskPanel } from '../../components/useTaskPanel';
import { AdminNav } from './AdminNav';
import { TaskPanel } from '../../components/TaskPanel';
import { ConfirmUserAction, type UserAction } from './ConfirmUserAction';
import { EditUserForm } from './EditUserForm';
import { InviteUserForm } from './InviteUserForm';
import { OneTimeLink } from './OneTimeLink';
import { actionButtonId, UsersTable, type RowAction } from './UsersTable';
import { UserSessionsPanel } from './UserSessionsPanel';

type Panel =
  | { kind: 'invite' }
  | { kind: 'edit' | 'sessions'; user: UserAccount }
  | { kind: 'confirm'; action: UserAction; user: UserAccount }
  | { kind: 'link'; user: UserAccount; link: PasswordLink };

const INVITE_BUTTON = 'invite-user';

function panelKey(panel: Panel): string {
  if (panel.kind === 'invite') return 'invite';
  const task = panel.kind === 'confirm' ? `confirm-${panel.action}` : panel.kind;
  return `${task}-${panel.user.id}`;
}

const titles: Record<UserAction, string> = {
  deactivate: 'Deactivate',
  reactivate: 'Reactivate',
  reset: 'Reset the password of',
};

export function UsersPage() {
  usePageTitle('Users');
  const users = useUsers();
  const departments = useDepartments().data?.data;
  const timeZone = useSite().data?.timeZone;
  const me = useSession().data?.user;
  const { panel, open, continueWith, close, announcement } = useTaskPanel<Panel>();

  function onRowAction(action: RowAction, user: UserAccount) {
    const from = actionButtonId(user.id, action);
    if (action === 'edit' || action === 'sessions') open({ kind: action, user }, from);
    else open({ kind: 'confirm', action, user }, from);
  }

  if (!users.isSuccess) {
    return (
      <QueryState
        query={users}
        loading="Loading the users…"
        failed="The users could not be loaded"
      />
    );
  }

  return (
    <>
      <AdminNav />
      <header className="page-header">
        <p className="eyebrow">Admin</p>
        <h1>Users</h1>
        <p className="lede">
          Who can sign in to civicstat, with which role. Invite people, change their role, reset
          their password, or deactivate them when they leave.
        </p>
      </header>
      <div className="toolbar">
        <button
          type="button"
          id={INVITE_BUTTON}
          className="button"
          onClick={() => open({ kind: 'invite' }, INVITE_BUTTON)}
        >
          Invite someone
        </button>
      </div>
      <p role="status" className={announcement ? 'status-note status-note--shown' : 'status-note'}>
        {announcement}
      </p>
      {panel && (
        <PanelView
          // A new task starts afresh, even of the same kind (editing another person).
          key={panelKey(panel)}
          panel={panel}
          departments={departments ?? []}
          timeZone={timeZone}
          continueWith={continueWith}
          close={close}
        />
      )}
      <UsersTable
        users={users.data.data}
        departments={departments}
        timeZone={timeZone}
        currentUserId={me?.id ?? 0}
        onAction={onRowAction}
      />
    </>
  );
}

interface PanelViewProps {
  panel: Panel;
  departments: readonly { id: number; name: string }[];
  timeZone: string | undefined;
  continueWith(panel: Panel): void;
  close(message?: string, focusId?: string): void;
}

function PanelView({ panel, departments, timeZone, continueWith, close }: PanelViewProps) {
  switch (panel.kind) {
    case 'invite':
      return (
        <TaskPanel id="invite" title="Invite someone">
          <InviteUserForm
            departments={departments}
            onInvited={({ user, passwordLink }) =>
              continueWith({ kind: 'link', user, link: passwordLink })
            }
            onCancel={() => close()}
          />
        </TaskPanel>
      );
    case 'edit':
      return (
        <TaskPanel id="edit" title={`Edit ${panel.user.name}`}>
          <EditUserForm
            user={panel.user}
            departments={departments}
            onSaved={(user) => close(`${user.name} was saved.`)}
            onCancel={() => close()}
          />
        </TaskPanel>
      );
    case 'confirm':
      return (
        <TaskPanel
          id={`confirm-${panel.action}`}
          title={`${titles[panel.action]} ${panel.user.name}?`}
        >
          <ConfirmUserAction
            action={panel.action}
            user={panel.user}
            departments={departments}
            onCancel={() => close()}
            onDone={({ user, link }) => {
              if (link) continueWith({ kind: 'link', user, link });
              else
                close(
                  user.status === 'deactivated'
                    ? `${user.name} was deactivated and signed out everywhere.`
                    : `${user.name} was reactivated.`,
                  actionButtonId(user.id, 'reactivate'),
                );
            }}
          />
        </TaskPanel>
      );
    case 'link':
      return (
        <TaskPanel id="link" title={`Password link for ${panel.user.name}`}>
          <OneTimeLink
            name={panel.user.name}
            link={panel.link}
            timeZone={timeZone}
            onClose={() => close()}
          />
        </TaskPanel>
      );
    case 'sessions':
      return (
        <TaskPanel id="sessions" title={`Sessions of ${panel.user.name}`}>
          <UserSessionsPanel user={panel.user} timeZone={timeZone} onClose={() => close()} />
        </TaskPanel>
      );
  }
}
