import type { CurrentUser, UserRole } from '@civicstat/shared';

/** Each role in the city's words. */
export const roleNames: Record<UserRole, string> = {
  admin: 'Administrator',
  budget_office: 'Budget office',
  council: 'Council member',
  department_head: 'Department head',
};

/**
 * A user's role in the city's words: "Budget office", "Department head — Development
 * Services". The department names are added once the department list has loaded.
 */
export function roleLabel(
  user: CurrentUser,
  departments: readonly { id: number; name: string }[] | undefined,
): string {
  const role = roleNames[user.role];
  if (user.role !== 'department_head' || !departments) return role;
  const names = user.departmentIds.flatMap((id) => {
    const department = departments.find((candidate) => candidate.id === id);
    return department ? [department.name] : [];
  });
  return names.length > 0 ? `${role} — ${names.join(', ')}` : role;
}
