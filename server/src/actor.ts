/** Who is making a request: a signed-in user, or nobody (the public). */
import type { UserRole } from '@civicstat/shared';

export interface Actor {
  userId: number;
  email: string;
  name: string;
  role: UserRole;
  departmentIds: number[];
  /** The session the request came with. */
  sessionIdHash: string;
  csrfToken: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    /** Null for the public; set by middleware/session.ts. */
    actor?: Actor | null;
  }
}
