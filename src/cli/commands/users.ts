import type { Command } from 'commander';
import { emit, withWorkspace, emitList } from '../context.js';
import { addUser, listUsers, revokeUser } from '../../app/users.js';

/** `assay users add|list|revoke`: API tokens with roles viewer < analyst < admin, stored only as SHA-256. */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('API users and their tokens (roles: viewer, analyst, admin)');
  users
    .command('add')
    .description('add a user and print a new token, once (only its hash is kept)')
    .requiredOption('--name <name>', 'user name')
    .requiredOption('--role <role>', 'viewer | analyst | admin')
    .action(async (opts, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const r = await addUser(ws, { name: opts.name, role: opts.role });
        emit(cmd, r, () => `user ${r.user.name} (${r.user.role}) added. Token, shown this once:\n\n  ${r.token}\n\nsend it as: Authorization: Bearer <token>`);
      });
    });
  users
    .command('list')
    .description('list users (never their tokens)')
    .action(async (_o, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const list = await listUsers(ws);
        emitList(cmd, list, () => (list.length ? list.map((u) => `${u.name.padEnd(24)} ${u.role.padEnd(8)} ${u.created_at}${u.revoked_at ? `  revoked ${u.revoked_at}` : ''}`).join('\n') : 'no users'));
      });
    });
  users
    .command('revoke')
    .description("revoke a user's token")
    .argument('<name>', 'user name or id')
    .action(async (name: string, _o, cmd: Command) => {
      await withWorkspace(cmd, async (ws) => {
        const u = await revokeUser(ws, name);
        emit(cmd, u, () => `user ${u.name}: token revoked at ${u.revoked_at}`);
      });
    });
}
