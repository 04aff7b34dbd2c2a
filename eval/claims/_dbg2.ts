import { extractClaims } from '../../src/core/narrative/claim-slots.js';
for (const t of process.argv.slice(2)) { const c = extractClaims(t); console.log(JSON.stringify({ b: c.blamed, r: c.reported, s: c.staged, v: c.voice })); }
