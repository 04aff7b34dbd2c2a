/** Users and tokens (admin only). A new token is in the creation response and nowhere else, ever. */
import { z } from 'zod';
import type { RouteContext } from '../app.js';
import { param } from '../registry.js';
import { addUser, listUsers, revokeUser, ROLES } from '../../app/users.js';
import { page, pageParams } from '../pagination.js';

export const UserBody = z.object({ name: z.string().min(1).max(80), role: z.enum(ROLES) });
const UserOut = z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES), created_at: z.string(), revoked_at: z.string().nullable() });

export function registerUserRoutes({ ws, table }: RouteContext): void {
  table.add({ method: 'get', path: '/api/users', role: 'admin', tag: 'users', summary: 'list users (never tokens)', paginated: true, response: UserOut }, async (c) =>
    c.json(page(await listUsers(ws), pageParams((k) => c.req.query(k)))),
  );
  table.add(
    { method: 'post', path: '/api/users', role: 'admin', tag: 'users', summary: 'add a user; the response holds the token, shown once', body: UserBody, status: 201, response: z.object({ user: UserOut, token: z.string() }) },
    async (c) => {
      const body = UserBody.parse(await c.req.json());
      return c.json(await addUser(ws, body), 201);
    },
  );
  table.add({ method: 'delete', path: '/api/users/:name', role: 'admin', tag: 'users', summary: "revoke a user's token", response: UserOut }, async (c) =>
    c.json(await revokeUser(ws, param(c, 'name'))),
  );
}
