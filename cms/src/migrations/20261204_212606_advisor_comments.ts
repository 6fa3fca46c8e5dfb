import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "advisor_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"investor_id" integer NOT NULL,
  	"body" jsonb NOT NULL,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "advisor_comments_id" integer;
  ALTER TABLE "advisor_comments" ADD CONSTRAINT "advisor_comments_investor_id_users_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "advisor_comments" ADD CONSTRAINT "advisor_comments_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "advisor_comments_investor_idx" ON "advisor_comments" USING btree ("investor_id");
  CREATE INDEX "advisor_comments_updated_by_idx" ON "advisor_comments" USING btree ("updated_by_id");
  CREATE INDEX "advisor_comments_updated_at_idx" ON "advisor_comments" USING btree ("updated_at");
  CREATE INDEX "advisor_comments_created_at_idx" ON "advisor_comments" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_advisor_comments_fk" FOREIGN KEY ("advisor_comments_id") REFERENCES "public"."advisor_comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_advisor_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("advisor_comments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "advisor_comments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "advisor_comments" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_advisor_comments_fk";
  
  DROP INDEX "payload_locked_documents_rels_advisor_comments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "advisor_comments_id";`)
}
