/** Users and signed-in HTTP agents for tests. */
import type { UserRole } from '@civicstat/shared';
import type { Express } from 'express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { Db } from '../db/database';
import { hashPassword } from '../services/auth/passwords';

let sequence = 0;
export const TEST_PASSWORD = 'correct horse battery staple';
// Hashing is deliberately slow; one hash serves every test user.
let passwordHash: Promise<string> | undefined;

export async function makeUser(
  db: Db,
  {
    role,
    departmentIds = [],
    email,
    password,
  }: { role: UserRole; departmentIds?: number[]; email?: string; password?: string },
) {
  sequence += 1;
  const hash = password
    ? await hashPassword(password)
    : await (passwordHash ??= hashPassword(TEST_PASSWORD));
  const [user] = (await db('users')
    .insert({
      email: email ?? `${role}.${sequence}@city.example`,
      name: `${role} ${sequence}`,
      role,
      password_hash: hash,
    })
    .returning(['id', 'email', 'role'])) as Array<{ id: number; email: string; role: UserRole }>;
  if (!user) throw new Error('user not created');
  if (departmentIds.length > 0) {
    await db('user_departments').insert(
      departmentIds.map((department_id) => ({ user_id: user.id, department_id })),
    );
  }
  return user;
}

export interface SignedIn {
  agent: TestAgent;
  csrfToken: string;
  user: { id: number; email: string; role: UserRole };
}

/** A supertest agent that keeps the session cookie, signed in as a new user of that role. */
export async function signedIn(
  app: Express,
  db: Db,
  role: UserRole,
  departmentIds: number[] = [],
): Promise<SignedIn> {
  const user = await makeUser(db, { role, departmentIds });
  const agent = request.agent(app);
  const res = await agent
    .post('/api/v1/session')
    .send({ email: user.email, password: TEST_PASSWORD });
  if (res.status !== 200)
    throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  // Tests run the app on a fixed clock, so the cookie's Expires is fixed too, and supertest's
  // jar drops a cookie once it has expired by the real clock: send the session cookie on every
  // request instead, and let the server (on the test's clock) decide whether it is still valid.
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const session = cookies.map((cookie) => cookie.split(';')[0]).join('; ');
  agent.set('Cookie', session);
  return { agent, csrfToken: res.body.csrfToken as string, user };
}
