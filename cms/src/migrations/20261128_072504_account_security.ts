import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "session_devices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"sid" varchar NOT NULL,
  	"user_agent" varchar,
  	"last_seen_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "pending_email" varchar;
  ALTER TABLE "users" ADD COLUMN "pending_email_token_hash" varchar;
  ALTER TABLE "users" ADD COLUMN "pending_email_expires_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "_verified" boolean;
  ALTER TABLE "users" ADD COLUMN "_verificationtoken" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "session_devices_id" integer;
  ALTER TABLE "session_devices" ADD CONSTRAINT "session_devices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "session_devices_user_idx" ON "session_devices" USING btree ("user_id");
  CREATE UNIQUE INDEX "session_devices_sid_idx" ON "session_devices" USING btree ("sid");
  CREATE INDEX "session_devices_updated_at_idx" ON "session_devices" USING btree ("updated_at");
  CREATE INDEX "session_devices_created_at_idx" ON "session_devices" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_session_devices_fk" FOREIGN KEY ("session_devices_id") REFERENCES "public"."session_devices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_pending_email_token_hash_idx" ON "users" USING btree ("pending_email_token_hash");
  CREATE INDEX "payload_locked_documents_rels_session_devices_id_idx" ON "payload_locked_documents_rels" USING btree ("session_devices_id");`)
  // Accounts that exist before e-mail verification are kept usable (docs/decisions/020-account-security.md).
  await db.execute(sql`UPDATE "users" SET "_verified" = true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "session_devices" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "session_devices" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_session_devices_fk";
  
  DROP INDEX "users_pending_email_token_hash_idx";
  DROP INDEX "payload_locked_documents_rels_session_devices_id_idx";
  ALTER TABLE "users" DROP COLUMN "pending_email";
  ALTER TABLE "users" DROP COLUMN "pending_email_token_hash";
  ALTER TABLE "users" DROP COLUMN "pending_email_expires_at";
  ALTER TABLE "users" DROP COLUMN "_verified";
  ALTER TABLE "users" DROP COLUMN "_verificationtoken";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "session_devices_id";`)
}
