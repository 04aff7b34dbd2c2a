/**
 * Forward-only migrations, shared by SQLite and PostgreSQL (written with Kysely's schema builder, so one
 * text serves both). Never edit one that has shipped: add a new file with the next timestamp.
 */
import type { Migration } from 'kysely';
import { m20261125_0001_initial } from './20261125-0001-initial.js';
import { m20261125_0002_custody } from './20261125-0002-custody.js';
import { m20261125_0004_users } from './20261125-0004-users.js';
import { m20261202_0005_data_version } from './20261202-0005-data-version.js';
import { m20261202_0006_report_available_at } from './20261202-0006-report-available-at.js';
import { m20261202_0007_report_key_index } from './20261202-0007-report-key-index.js';
import { m20261202_0008_report_batches } from './20261202-0008-report-batches.js';

export const migrations: Record<string, Migration> = {
  '20261125-0001-initial': m20261125_0001_initial,
  '20261125-0002-custody': m20261125_0002_custody,
  '20261125-0004-users': m20261125_0004_users,
  '20261202-0005-data-version': m20261202_0005_data_version,
  '20261202-0006-report-available-at': m20261202_0006_report_available_at,
  '20261202-0007-report-key-index': m20261202_0007_report_key_index,
  '20261202-0008-report-batches': m20261202_0008_report_batches,
};
