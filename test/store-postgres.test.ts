import { storeContract } from './store-contract.js';
import { postgresAvailable, postgresWorkspace } from './helpers/workspaces.js';

storeContract('PostgreSQL', async () => ((await postgresAvailable()) ? postgresWorkspace() : null));
