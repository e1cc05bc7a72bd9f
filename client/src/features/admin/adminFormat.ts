/** How the admin screens word accounts: dates in the city's zone, departments, statuses. */
import type { UserAccount } from '@civicstat/shared';

/** "Nov 25, 2026, 10:00 AM" in the city's time zone (the browser's until it is known). */
export function formatMoment(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

export function departmentNames(
  ids: readonly number[],
  departments: readonly { id: number; name: string }[] | undefined,
): string {
  if (ids.length === 0) return '—';
  return ids
    .map((id) => departments?.find((d) => d.id === id)?.name ?? `Department ${id}`)
    .join(', ');
}

export function statusText(user: UserAccount): string {
  switch (user.status) {
    case 'active':
      return 'Active';
    case 'invited':
      return 'Invited, no password yet';
    case 'deactivated':
      return 'Deactivated';
  }
}
