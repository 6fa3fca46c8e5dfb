import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Knowledge evidence records the number of the passed attempt (decision 007).
 * Rows recorded before get the rank of the attempt they were taken from (the
 * attempts of that quiz up to its time), from the enrollment's history.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "knowledge_evidence" ADD COLUMN "attempt" numeric;
   UPDATE "knowledge_evidence" ke SET "attempt" = nullif((
     SELECT count(*) FROM "enrollments_quiz_attempts" a
     JOIN "enrollments" e ON e."id" = a."_parent_id"
     WHERE e."owner_id" = ke."owner_id" AND e."course_id" = ke."course_id"
       AND a."lesson_id" = ke."lesson_id" AND a."submitted_at" <= ke."passed_at"
   ), 0);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "knowledge_evidence" DROP COLUMN "attempt";`)
}
