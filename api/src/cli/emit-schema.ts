import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createApp } from '../app.factory';
import { createDataSource } from '../database/data-source';

/** Writes the sorted schema.gql from the code-first resolvers; needs no database. */
async function emit(): Promise<void> {
  const dataSource = createDataSource({ url: 'postgres://schema-only@127.0.0.1:1/none' });
  const app = await createApp({ dataSource, production: false });
  const schema = app.get(GraphQLSchemaHost).schema;
  const target = resolve(__dirname, '../../../../schema.gql');
  writeFileSync(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
  await app.close();
  process.stdout.write(`schema written to ${target}\n`);
}

void emit();
