import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_document_templates_kind" AS ENUM('der', 'lettreMission');
  CREATE TYPE "public"."enum_document_templates_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__document_templates_v_version_kind" AS ENUM('der', 'lettreMission');
  CREATE TYPE "public"."enum__document_templates_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "document_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_document_templates_kind" NOT NULL,
  	"title" varchar NOT NULL,
  	"body" jsonb NOT NULL,
  	"status" "enum_document_templates_status" DEFAULT 'draft' NOT NULL,
  	"version" numeric DEFAULT 0,
  	"published_at" timestamp(3) with time zone,
  	"published_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_document_templates_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__document_templates_v_version_kind" NOT NULL,
  	"version_title" varchar NOT NULL,
  	"version_body" jsonb NOT NULL,
  	"version_status" "enum__document_templates_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_version" numeric DEFAULT 0,
  	"version_published_at" timestamp(3) with time zone,
  	"version_published_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_templates_id" integer;
  ALTER TABLE "document_templates" ADD CONSTRAINT "document_templates_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_document_templates_v" ADD CONSTRAINT "_document_templates_v_parent_id_document_templates_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."document_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_document_templates_v" ADD CONSTRAINT "_document_templates_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "document_templates_kind_idx" ON "document_templates" USING btree ("kind");
  CREATE INDEX "document_templates_status_idx" ON "document_templates" USING btree ("status");
  CREATE INDEX "document_templates_published_at_idx" ON "document_templates" USING btree ("published_at");
  CREATE INDEX "document_templates_published_by_idx" ON "document_templates" USING btree ("published_by_id");
  CREATE INDEX "document_templates_updated_at_idx" ON "document_templates" USING btree ("updated_at");
  CREATE INDEX "document_templates_created_at_idx" ON "document_templates" USING btree ("created_at");
  CREATE INDEX "_document_templates_v_parent_idx" ON "_document_templates_v" USING btree ("parent_id");
  CREATE INDEX "_document_templates_v_version_version_kind_idx" ON "_document_templates_v" USING btree ("version_kind");
  CREATE INDEX "_document_templates_v_version_version_status_idx" ON "_document_templates_v" USING btree ("version_status");
  CREATE INDEX "_document_templates_v_version_version_published_at_idx" ON "_document_templates_v" USING btree ("version_published_at");
  CREATE INDEX "_document_templates_v_version_version_published_by_idx" ON "_document_templates_v" USING btree ("version_published_by_id");
  CREATE INDEX "_document_templates_v_version_version_updated_at_idx" ON "_document_templates_v" USING btree ("version_updated_at");
  CREATE INDEX "_document_templates_v_version_version_created_at_idx" ON "_document_templates_v" USING btree ("version_created_at");
  CREATE INDEX "_document_templates_v_created_at_idx" ON "_document_templates_v" USING btree ("created_at");
  CREATE INDEX "_document_templates_v_updated_at_idx" ON "_document_templates_v" USING btree ("updated_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_templates_fk" FOREIGN KEY ("document_templates_id") REFERENCES "public"."document_templates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_document_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("document_templates_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "document_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_document_templates_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "document_templates" CASCADE;
  DROP TABLE "_document_templates_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_templates_fk";
  
  DROP INDEX "payload_locked_documents_rels_document_templates_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_templates_id";
  DROP TYPE "public"."enum_document_templates_kind";
  DROP TYPE "public"."enum_document_templates_status";
  DROP TYPE "public"."enum__document_templates_v_version_kind";
  DROP TYPE "public"."enum__document_templates_v_version_status";`)
}
