/**
 * The admin's user management: every account in a table, and one task at a time in a panel
 * above it (invite, edit, deactivate or reactivate, reset a password, sessions). Focus moves
 * into a panel when it opens and back to the button that opened it when it closes.
 */
import type { PasswordLink, UserAccount } from '@civicstat/shared';
import { useEffect, useRef, useState } from 'react';
import { useDepartments } from '../../api/useDepartments';
import { useSession } from '../../api/useSession';
import { useSite } from '../../api/useSite';
import { useUsers } from '../../api/useUsers';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { AdminNav } from './AdminNav';
import { AdminPanel } from './AdminPanel';
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
  const [panel, setPanel] = useState<Panel>();
  // The id of the button that opened the panel.
  const returnFocusTo = useRef<string>(undefined);
  const [announcement, setAnnouncement] = useState('');

  // When a panel closes, focus goes back where the task started.
  useEffect(() => {
    if (panel || !returnFocusTo.current) return;
    document.getElementById(returnFocusTo.current)?.focus();
    returnFocusTo.current = undefined;
  }, [panel]);

  function open(next: Panel, from: string) {
    setAnnouncement('');
    setPanel(next);
    returnFocusTo.current = from;
  }

  function close(message = '', focusId?: string) {
    setAnnouncement(message);
    if (focusId) returnFocusTo.current = focusId;
    setPanel(undefined);
  }

  function onRowAction(action: RowAction, user: UserAccount) {
    const from = actionButtonId(user.id, action);
    if (action === 'edit' || action === 'sessions') open({ kind: action, user }, from);
    else open({ kind: 'confirm', action, user }, from);
  }

  if (users.isPending) return <PageState kind="loading" label="Loading the users…" />;
  if (users.isError) {
    return (
      <PageState
        kind="error"
        title="The users could not be loaded"
        error={users.error}
        onRetry={() => void users.refetch()}
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
          setPanel={setPanel}
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
  setPanel(panel: Panel): void;
  close(message?: string, focusId?: string): void;
}

function PanelView({ panel, departments, timeZone, setPanel, close }: PanelViewProps) {
  switch (panel.kind) {
    case 'invite':
      return (
        <AdminPanel id="invite" title="Invite someone">
          <InviteUserForm
            departments={departments}
            onInvited={({ user, passwordLink }) =>
              setPanel({ kind: 'link', user, link: passwordLink })
            }
            onCancel={() => close()}
          />
        </AdminPanel>
      );
    case 'edit':
      return (
        <AdminPanel id="edit" title={`Edit ${panel.user.name}`}>
          <EditUserForm
            user={panel.user}
            departments={departments}
            onSaved={(user) => close(`${user.name} was saved.`)}
            onCancel={() => close()}
          />
        </AdminPanel>
      );
    case 'confirm':
      return (
        <AdminPanel
          id={`confirm-${panel.action}`}
          title={`${titles[panel.action]} ${panel.user.name}?`}
        >
          <ConfirmUserAction
            action={panel.action}
            user={panel.user}
            departments={departments}
            onCancel={() => close()}
            onDone={({ user, link }) => {
              if (link) setPanel({ kind: 'link', user, link });
              else
                close(
                  user.status === 'deactivated'
                    ? `${user.name} was deactivated and signed out everywhere.`
                    : `${user.name} was reactivated.`,
                  actionButtonId(user.id, 'reactivate'),
                );
            }}
          />
        </AdminPanel>
      );
    case 'link':
      return (
        <AdminPanel id="link" title={`Password link for ${panel.user.name}`}>
          <OneTimeLink
            name={panel.user.name}
            link={panel.link}
            timeZone={timeZone}
            onClose={() => close()}
          />
        </AdminPanel>
      );
    case 'sessions':
      return (
        <AdminPanel id="sessions" title={`Sessions of ${panel.user.name}`}>
          <UserSessionsPanel user={panel.user} timeZone={timeZone} onClose={() => close()} />
        </AdminPanel>
      );
  }
}
