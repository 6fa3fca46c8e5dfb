import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Every investor has an advisor (docs/decisions/025-every-investor-has-an-advisor.md):
 * - `advisor_assignments`, the history of each investor's advisors;
 * - the staff notification event `questionnaireSubmitted`;
 * - `users.accepts_new_clients` (advisors the least-busy rule may choose);
 * - backfill (written by hand, keep when squashing): each investor without an
 *   advisor gets the least busy one, one at a time so the load counts the ones
 *   just assigned (same order as cms/src/advisors/leastBusyAdvisor.ts), with a
 *   history row "automatic assignment" (changed_by null).
 * The generated statements for session_devices, pending e-mail and evidence
 * attempts were dropped: earlier migrations already create them (their
 * snapshots were behind); the .json beside this file is the whole schema.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_notifications_event" ADD VALUE IF NOT EXISTS 'questionnaireSubmitted';
  CREATE TABLE "advisor_assignments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"investor_id" integer,
  	"from_advisor_id" integer,
  	"to_advisor_id" integer,
  	"changed_by_id" integer,
  	"changed_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "advisor_assignments_id" integer;
  ALTER TABLE "users" ADD COLUMN "accepts_new_clients" boolean DEFAULT true;
  ALTER TABLE "advisor_assignments" ADD CONSTRAINT "advisor_assignments_investor_id_users_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "advisor_assignments" ADD CONSTRAINT "advisor_assignments_from_advisor_id_users_id_fk" FOREIGN KEY ("from_advisor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "advisor_assignments" ADD CONSTRAINT "advisor_assignments_to_advisor_id_users_id_fk" FOREIGN KEY ("to_advisor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "advisor_assignments" ADD CONSTRAINT "advisor_assignments_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "advisor_assignments_investor_idx" ON "advisor_assignments" USING btree ("investor_id");
  CREATE INDEX "advisor_assignments_from_advisor_idx" ON "advisor_assignments" USING btree ("from_advisor_id");
  CREATE INDEX "advisor_assignments_to_advisor_idx" ON "advisor_assignments" USING btree ("to_advisor_id");
  CREATE INDEX "advisor_assignments_changed_by_idx" ON "advisor_assignments" USING btree ("changed_by_id");
  CREATE INDEX "advisor_assignments_changed_at_idx" ON "advisor_assignments" USING btree ("changed_at");
  CREATE INDEX "advisor_assignments_updated_at_idx" ON "advisor_assignments" USING btree ("updated_at");
  CREATE INDEX "advisor_assignments_created_at_idx" ON "advisor_assignments" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_advisor_assignments_fk" FOREIGN KEY ("advisor_assignments_id") REFERENCES "public"."advisor_assignments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_advisor_assignments_id_idx" ON "payload_locked_documents_rels" USING btree ("advisor_assignments_id");

  DO $backfill$
  DECLARE
    investor record;
    chosen integer;
  BEGIN
    FOR investor IN SELECT id FROM users WHERE role = 'investor' AND advisor_id IS NULL ORDER BY id LOOP
      SELECT u.id INTO chosen FROM users u
       WHERE u.role = 'advisor'
       ORDER BY coalesce(u.accepts_new_clients, true) DESC,
                (SELECT count(*) FROM prospects p WHERE p.owner_advisor_id = u.id AND p.stage NOT IN ('won', 'lost'))
              + (SELECT count(*) FROM users c WHERE c.advisor_id = u.id AND c.role = 'investor'),
                u.id
       LIMIT 1;
      EXIT WHEN chosen IS NULL;
      UPDATE users SET advisor_id = chosen WHERE id = investor.id;
      INSERT INTO advisor_assignments (investor_id, from_advisor_id, to_advisor_id, changed_by_id, changed_at)
           VALUES (investor.id, NULL, chosen, NULL, now());
    END LOOP;
  END
  $backfill$;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The backfilled advisors stay: an investor without an advisor is the defect this migration fixed.
  await db.execute(sql`
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_advisor_assignments_fk";
  DROP INDEX "payload_locked_documents_rels_advisor_assignments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "advisor_assignments_id";
  DROP TABLE "advisor_assignments" CASCADE;
  ALTER TABLE "users" DROP COLUMN "accepts_new_clients";
  DELETE FROM "notifications" WHERE "event" = 'questionnaireSubmitted';
  ALTER TABLE "notifications" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_event";
  CREATE TYPE "public"."enum_notifications_event" AS ENUM('profileValidated', 'coursePublished', 'reviewDue', 'assistantAnswerReady', 'advisorMessage');
  ALTER TABLE "notifications" ALTER COLUMN "event" SET DATA TYPE "public"."enum_notifications_event" USING "event"::"public"."enum_notifications_event";`)
}
