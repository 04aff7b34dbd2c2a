import { storeContract } from './store-contract.js';
import { sqliteWorkspace } from './helpers/workspaces.js';

storeContract('SQLite', sqliteWorkspace);
