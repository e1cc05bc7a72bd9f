/** Guards the admin screens (see RequireRole). */
import { RequireRole } from '../../components/RequireRole';

export function RequireAdmin() {
  return (
    <RequireRole
      roles={['admin']}
      audience="administrators"
      purpose="Managing users, departments and the plan’s structure"
    />
  );
}
