import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('history_entries')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('user_name', 'text')
    .addColumn('agent_id', 'text', (col) => col.notNull())
    .addColumn('agent_name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('source', 'text')
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('reason', 'text')
    .addColumn('changes', 'jsonb', (col) => col.notNull())
    .addColumn('fields', sql`text[]`, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('history_entries_scope_time')
    .on('history_entries')
    .columns(['scope', 'at desc', 'id desc'])
    .execute();
  await db.schema
    .createIndex('history_entries_scope_agent_time')
    .on('history_entries')
    .columns(['scope', 'agent_id', 'at desc', 'id desc'])
    .execute();

  await db.schema
    .createTable('agent_snapshots')
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('agent_id', 'text', (col) => col.notNull())
    .addColumn('snapshot', 'jsonb', (col) => col.notNull())
    .addColumn('seen_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('agent_snapshots_pk', ['scope', 'agent_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('agent_snapshots').execute();
  await db.schema.dropTable('history_entries').execute();
}
