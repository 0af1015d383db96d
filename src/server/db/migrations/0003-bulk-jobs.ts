import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('bulk_jobs')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('revert_of', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('user_name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addColumn('edit', 'jsonb', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('bulk_jobs_scope_time')
    .on('bulk_jobs')
    .columns(['scope', 'created_at desc'])
    .execute();
  await db.schema.createIndex('bulk_jobs_status').on('bulk_jobs').column('status').execute();

  await db.schema
    .createTable('bulk_job_steps')
    .addColumn('job_id', 'text', (col) => col.notNull().references('bulk_jobs.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('agent_id', 'text', (col) => col.notNull())
    .addColumn('agent_name', 'text', (col) => col.notNull())
    // pending | in_flight | done | skipped | failed
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('reason', 'text')
    .addColumn('changes', 'jsonb', (col) => col.notNull())
    // A revert step: the changes of the job step it sets back.
    .addColumn('target', 'jsonb')
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', 'timestamptz')
    .addColumn('at', 'timestamptz')
    .addPrimaryKeyConstraint('bulk_job_steps_pk', ['job_id', 'position'])
    .execute();
  await db.schema
    .createIndex('bulk_job_steps_status')
    .on('bulk_job_steps')
    .columns(['status', 'job_id', 'position'])
    .execute();

  // One row per OpenCX key: the earliest time the next bulk send may go (GCRA's theoretical
  // arrival time), moved forward atomically by every server on the database.
  await db.schema
    .createTable('bulk_rate_budget')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('next_at_ms', 'double precision', (col) => col.notNull())
    .execute();

  await db.schema.alterTable('history_entries').addColumn('job_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('history_entries').dropColumn('job_id').execute();
  await db.schema.dropTable('bulk_rate_budget').execute();
  await db.schema.dropTable('bulk_job_steps').execute();
  await db.schema.dropTable('bulk_jobs').execute();
}
