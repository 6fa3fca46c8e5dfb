import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_client_documents_kind" AS ENUM('bilan', 'adequation', 'der', 'lettreMission');
  CREATE TYPE "public"."enum_client_documents_status" AS ENUM('queued', 'rendering', 'ready', 'failed');
  CREATE TYPE "public"."enum_client_documents_signature_method" AS ENUM('password', 'totp');
  ALTER TYPE "public"."enum_notifications_event" ADD VALUE 'documentReady' BEFORE 'questionnaireSubmitted';
  ALTER TYPE "public"."enum_contact_attempts_scope" ADD VALUE 'documentGenerate';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'renderClientDocument' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'renderClientDocument' BEFORE 'schedulePublish';
  CREATE TABLE "client_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"investor_id" integer NOT NULL,
  	"kind" "enum_client_documents_kind" NOT NULL,
  	"version" numeric NOT NULL,
  	"title" varchar NOT NULL,
  	"status" "enum_client_documents_status" DEFAULT 'queued' NOT NULL,
  	"progress" numeric DEFAULT 0 NOT NULL,
  	"stage" varchar,
  	"error" varchar,
  	"requested_by_id" integer,
  	"ready_at" timestamp(3) with time zone,
  	"sha256" varchar,
  	"page_count" numeric,
  	"byte_size" numeric,
  	"signature_signed_at" timestamp(3) with time zone,
  	"signature_signer_name" varchar,
  	"signature_method" "enum_client_documents_signature_method",
  	"signature_ip" varchar,
  	"signature_user_agent" varchar,
  	"signature_signed_sha256" varchar,
  	"signature_signed_copy_sha256" varchar,
  	"recommendation" numeric,
  	"template" numeric,
  	"template_version" numeric,
  	"file" varchar,
  	"signed_file" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "notification_preferences_document_ready_in_app" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notification_preferences_document_ready_email" boolean DEFAULT true;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "client_documents_id" integer;
  ALTER TABLE "client_documents" ADD CONSTRAINT "client_documents_investor_id_users_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "client_documents" ADD CONSTRAINT "client_documents_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "client_documents_investor_idx" ON "client_documents" USING btree ("investor_id");
  CREATE INDEX "client_documents_kind_idx" ON "client_documents" USING btree ("kind");
  CREATE INDEX "client_documents_status_idx" ON "client_documents" USING btree ("status");
  CREATE INDEX "client_documents_requested_by_idx" ON "client_documents" USING btree ("requested_by_id");
  CREATE INDEX "client_documents_updated_at_idx" ON "client_documents" USING btree ("updated_at");
  CREATE INDEX "client_documents_created_at_idx" ON "client_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "investor_kind_version_idx" ON "client_documents" USING btree ("investor_id","kind","version");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_client_documents_fk" FOREIGN KEY ("client_documents_id") REFERENCES "public"."client_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_client_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("client_documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "client_documents" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "client_documents" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_client_documents_fk";
  
  ALTER TABLE "notifications" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_event";
  CREATE TYPE "public"."enum_notifications_event" AS ENUM('profileValidated', 'coursePublished', 'reviewDue', 'assistantAnswerReady', 'advisorMessage', 'questionnaireSubmitted', 'paymentFailed', 'documentSigned', 'documentSignatureConfirmed');
  ALTER TABLE "notifications" ALTER COLUMN "event" SET DATA TYPE "public"."enum_notifications_event" USING "event"::"public"."enum_notifications_event";
  ALTER TABLE "contact_attempts" ALTER COLUMN "scope" SET DATA TYPE text;
  ALTER TABLE "contact_attempts" ALTER COLUMN "scope" SET DEFAULT 'contact'::text;
  DROP TYPE "public"."enum_contact_attempts_scope";
  CREATE TYPE "public"."enum_contact_attempts_scope" AS ENUM('contact', 'login', 'signup', 'twoFactorAccount', 'twoFactorIp');
  ALTER TABLE "contact_attempts" ALTER COLUMN "scope" SET DEFAULT 'contact'::"public"."enum_contact_attempts_scope";
  ALTER TABLE "contact_attempts" ALTER COLUMN "scope" SET DATA TYPE "public"."enum_contact_attempts_scope" USING "scope"::"public"."enum_contact_attempts_scope";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'announceCourse', 'remindReviewDue', 'releaseStaleEmailJobs', 'purgeRateLimitRows', 'refreshPrices', 'renderInvoicePdf', 'syncPlanToStripe', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'announceCourse', 'remindReviewDue', 'releaseStaleEmailJobs', 'purgeRateLimitRows', 'refreshPrices', 'renderInvoicePdf', 'syncPlanToStripe', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_client_documents_id_idx";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_document_ready_in_app";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_document_ready_email";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "client_documents_id";
  DROP TYPE "public"."enum_client_documents_kind";
  DROP TYPE "public"."enum_client_documents_status";
  DROP TYPE "public"."enum_client_documents_signature_method";`)
}
