import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "contact_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"ip_hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "prospects" ADD COLUMN "contact_consent_at" timestamp(3) with time zone;
  ALTER TABLE "prospects" ADD COLUMN "invitation_token_hash" varchar;
  ALTER TABLE "prospects" ADD COLUMN "invitation_sent_at" timestamp(3) with time zone;
  ALTER TABLE "prospects" ADD COLUMN "invitation_expires_at" timestamp(3) with time zone;
  ALTER TABLE "prospects" ADD COLUMN "invitation_accepted_at" timestamp(3) with time zone;
  ALTER TABLE "prospects" ADD COLUMN "invitation_invited_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contact_attempts_id" integer;
  CREATE INDEX "contact_attempts_ip_hash_idx" ON "contact_attempts" USING btree ("ip_hash");
  CREATE INDEX "contact_attempts_updated_at_idx" ON "contact_attempts" USING btree ("updated_at");
  CREATE INDEX "contact_attempts_created_at_idx" ON "contact_attempts" USING btree ("created_at");
  ALTER TABLE "prospects" ADD CONSTRAINT "prospects_invitation_invited_by_id_users_id_fk" FOREIGN KEY ("invitation_invited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_attempts_fk" FOREIGN KEY ("contact_attempts_id") REFERENCES "public"."contact_attempts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "prospects_invitation_invitation_token_hash_idx" ON "prospects" USING btree ("invitation_token_hash");
  CREATE INDEX "prospects_invitation_invitation_invited_by_idx" ON "prospects" USING btree ("invitation_invited_by_id");
  CREATE INDEX "payload_locked_documents_rels_contact_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_attempts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_attempts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contact_attempts" CASCADE;
  ALTER TABLE "prospects" DROP CONSTRAINT "prospects_invitation_invited_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contact_attempts_fk";
  
  DROP INDEX "prospects_invitation_invitation_token_hash_idx";
  DROP INDEX "prospects_invitation_invitation_invited_by_idx";
  DROP INDEX "payload_locked_documents_rels_contact_attempts_id_idx";
  ALTER TABLE "prospects" DROP COLUMN "contact_consent_at";
  ALTER TABLE "prospects" DROP COLUMN "invitation_token_hash";
  ALTER TABLE "prospects" DROP COLUMN "invitation_sent_at";
  ALTER TABLE "prospects" DROP COLUMN "invitation_expires_at";
  ALTER TABLE "prospects" DROP COLUMN "invitation_accepted_at";
  ALTER TABLE "prospects" DROP COLUMN "invitation_invited_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contact_attempts_id";`)
}
