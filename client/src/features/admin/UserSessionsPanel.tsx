/** A user's signed-in browsers, with a way to end one or all of them. */
import type { UserAccount } from '@civicstat/shared';
import { useState } from 'react';
import { useRevokeSessions } from '../../api/useUserChanges';
import { useUserSessions } from '../../api/useUsers';
import { describeError } from '../../components/describeError';
import { formatMoment } from './adminFormat';

interface UserSessionsPanelProps {
  user: UserAccount;
  timeZone: string | undefined;
  onClose(): void;
}

export function UserSessionsPanel({ user, timeZone, onClose }: UserSessionsPanelProps) {
  const sessions = useUserSessions(user.id);
  const revoke = useRevokeSessions();
  const [announcement, setAnnouncement] = useState('');

  function end(sessionId?: number) {
    if (revoke.isPending) return;
    revoke.mutate(
      { userId: user.id, sessionId },
      {
        onSuccess: ({ revoked }) =>
          setAnnouncement(revoked === 1 ? 'One session ended.' : `${revoked} sessions ended.`),
      },
    );
  }

  const list = sessions.data?.data;
  const others = list?.filter((session) => !session.current) ?? [];
  return (
    <>
      <p role="status" className="status-note">
        {announcement}
      </p>
      {revoke.isError && (
        <p role="alert" className="inline-error">
          {describeError(revoke.error)}
        </p>
      )}
      {sessions.isPending ? (
        <p role="status">Loading the sessions…</p>
      ) : sessions.isError ? (
        <p role="alert" className="inline-error">
          The sessions could not be loaded. {describeError(sessions.error)}
        </p>
      ) : list && list.length === 0 ? (
        <p>{user.name} is not signed in anywhere.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>Where {user.name} is signed in, most recently seen first</caption>
            <thead>
              <tr>
                <th scope="col">Browser</th>
                <th scope="col">Address</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last seen</th>
                <th scope="col">Ends at the latest</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list?.map((session) => (
                <tr key={session.id}>
                  <th scope="row" className="data-table__agent">
                    {session.userAgent || 'Unknown browser'}
                    {session.current && <span className="tag">This browser</span>}
                  </th>
                  <td>{session.ip || '—'}</td>
                  <td>{formatMoment(session.createdAt, timeZone)}</td>
                  <td>{formatMoment(session.lastSeenAt, timeZone)}</td>
                  <td>{formatMoment(session.expiresAt, timeZone)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => end(session.id)}
                    >
                      End session
                      <span className="visually-hidden">
                        {' '}
                        started {formatMoment(session.createdAt, timeZone)}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row">
        {others.length > 0 && (
          <button type="button" className="button button--danger" onClick={() => end()}>
            End all sessions
            {list?.some((session) => session.current) ? ' but this browser’s' : ''}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
