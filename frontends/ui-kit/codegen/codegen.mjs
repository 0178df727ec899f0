#!/usr/bin/env node
// graphql-codegen for a portal package, one mechanism for all of them: run from the package's
// directory (its `codegen` script: `node ../ui-kit/codegen/codegen.mjs`), with `--check` to fail when
// the committed generated files are stale (the `typecheck` script runs it so).
//
// - a remote or the shell: every `graphql(…)` document under src/ is validated against the API schema
//   (./api-schema.mjs) and typed into src/gql/ by the client preset; src/gql/persisted-documents.json
//   maps each operation's sha256 hash to its text (merged into frontends/persisted-operations.json
//   by ./persisted-operations.mjs).
// - ui-kit: the API schema's types in src/schema-types.ts — its enums as string unions for the label
//   maps, its object types only to Pick the fields a kit function reads (responses are typed by documents).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodegenContext, generate } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import { SUPERGRAPH } from './api-schema.mjs';
import { manifestIsFresh, MANIFEST, writeManifest } from './persisted-operations.mjs';

const LOADER = fileURLToPath(new URL('./api-schema.mjs', import.meta.url));
const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).name;
if (!existsSync(join(cwd, 'src'))) throw new Error(`codegen: run from a frontend package (no src/ in ${cwd})`);

const schema = [{ [process.env.CRM_SUPERGRAPH || SUPERGRAPH]: { loader: LOADER } }];
const scalars = { DateTimeISO: 'string', JSON: 'unknown', ID: 'string' };

/** The one configuration, per package. */
export function portalCodegenConfig(name = pkg) {
  if (name === '@crm/ui-kit') {
    return {
      schema,
      generates: {
        'src/schema-types.ts': {
          plugins: ['typescript'],
          config: { enumsAsTypes: true, strictScalars: true, scalars, avoidOptionals: { field: true } },
        },
      },
    };
  }
  return {
    schema,
    documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
    ignoreNoDocuments: false,
    generates: {
      'src/gql/': {
        preset: clientPreset,
        presetConfig: {
          gqlTagName: 'graphql',
          fragmentMasking: false,
          persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
        },
        config: { enumsAsTypes: true, useTypeImports: true, strictScalars: true, scalars },
      },
    },
  };
}

async function main() {
  const check = process.argv.includes('--check');
  const context = new CodegenContext({
    config: { ...portalCodegenConfig(), cwd, silent: !process.argv.includes('--verbose'), errorsOnly: true },
  });
  if (check) context.enableCheckMode();
  try {
    await generate(context);
  } catch (error) {
    console.error(`codegen (${basename(cwd)}): ${error?.message ?? error}`);
    for (const e of error?.errors ?? []) console.error(String(e.details ?? e.message ?? e));
    process.exit(1);
  }
  if (check && context.checkModeStaleFiles.length > 0) {
    console.error(
      `codegen (${basename(cwd)}): generated files are stale — run \`pnpm --filter ${pkg} codegen\` and commit:\n${context.checkModeStaleFiles.map((f) => `  - ${f}`).join('\n')}`,
    );
    process.exit(1);
  }
  if (pkg === '@crm/ui-kit') return;
  if (!check) writeManifest();
  else if (!manifestIsFresh()) {
    console.error(`codegen (${basename(cwd)}): ${MANIFEST} is stale — run \`pnpm --filter ${pkg} codegen\` and commit it`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
