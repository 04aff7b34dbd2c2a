/** Validation of STIX bundles against the OASIS STIX 2.1 JSON schemas in ../shared/data (tests only). */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sharedDataDir } from '../../src/app/paths.js';
import type { StixBundle } from '../../src/core/stix/stix-bundle.js';

const schemaDir = path.join(sharedDataDir, 'stix2.1-json-schemas', 'schemas');
export const haveSchemas = fs.existsSync(schemaDir);

let cached: ReturnType<typeof build> | null = null;
function loadValidator() {
  return (cached ??= build());
}

function build() {
  const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true, unicodeRegExp: false });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  const byType = new Map<string, string>();
  for (const sub of fs.readdirSync(schemaDir)) {
    for (const f of fs.readdirSync(path.join(schemaDir, sub))) {
      const s = JSON.parse(fs.readFileSync(path.join(schemaDir, sub, f), 'utf8'));
      if (sub === 'common' && f === 'bundle.json') patchBundleSchema(s);
      ajv.addSchema(s);
      if (sub !== 'common') byType.set(f.replace(/\.json$/, ''), s.$id);
    }
  }
  return { ajv, byType };
}

/**
 * The OASIS bundle.json lists most SDOs in its oneOf but not grouping, incident, location, note or opinion;
 * those fall to its "custom object" branch, whose oneOf [core, cyber-observable-core] every SDO satisfies
 * twice, so the published schema rejects any bundle holding them (the same gap as oasis-open/
 * cti-stix2-json-schemas#147 for malware-analysis). We add the five missing $refs in memory (the shared file is
 * untouched); every object is also validated against its own type schema below, unpatched.
 */
function patchBundleSchema(s: any): void {
  const branches = s.properties.objects.items.anyOf[0].oneOf as { $ref: string }[];
  for (const t of ['grouping', 'incident', 'location', 'note', 'opinion'])
    if (!branches.some((b) => b.$ref === `../sdos/${t}.json`)) branches.push({ $ref: `../sdos/${t}.json` });
}

export function validateStix(b: StixBundle): string[] {
  const { ajv, byType } = loadValidator();
  const errors: string[] = [];
  const bundle = ajv.getSchema('http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/common/bundle.json')!;
  if (!bundle(b)) errors.push(...(bundle.errors ?? []).slice(0, 5).map((e) => `bundle${e.instancePath}: ${e.message}`));
  for (const o of b.objects) {
    const id = byType.get(o.type);
    if (!id) {
      errors.push(`${o.id}: no schema for type ${o.type}`);
      continue;
    }
    const v = ajv.getSchema(id)!;
    if (!v(o)) errors.push(...(v.errors ?? []).slice(0, 5).map((e) => `${o.id}${e.instancePath}: ${e.message} ${JSON.stringify(e.params)}`));
  }
  return errors;
}

