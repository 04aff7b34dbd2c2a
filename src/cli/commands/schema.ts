import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { BUNDLE_FILES, bundleJsonSchema } from '../../core/case/bundle-schema.js';
import { printJson } from '../context.js';
import { badInput } from '../../core/errors.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of a case-bundle file, or write them all with --out')
    .argument('[file]', `one of: ${Object.keys(BUNDLE_FILES).join(', ')}`)
    .option('--out <dir>', 'write every schema to this folder')
    .action(async (file: string | undefined, opts) => {
      if (opts.out) {
        fs.mkdirSync(opts.out, { recursive: true });
        for (const f of Object.keys(BUNDLE_FILES))
          fs.writeFileSync(path.join(opts.out, f.replace(/\.\w+$/, '.schema.json')), JSON.stringify(bundleJsonSchema(f), null, 2) + '\n');
        return;
      }
      if (!file) throw badInput(`name a file: ${Object.keys(BUNDLE_FILES).join(', ')}`, 'schema');
      if (!BUNDLE_FILES[file]) throw badInput(`no schema for "${file}" (files: ${Object.keys(BUNDLE_FILES).join(', ')})`, 'schema');
      printJson(bundleJsonSchema(file));
    });
}
