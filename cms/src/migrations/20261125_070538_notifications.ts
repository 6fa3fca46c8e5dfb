import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_notifications_event" AS ENUM('profileValidated', 'coursePublished', 'reviewDue', 'assistantAnswerReady', 'advisorMessage');
  ALTER TYPE "public"."enum_emails_status" ADD VALUE 'queued' BEFORE 'sent';
  ALTER TYPE "public"."enum_emails_status" ADD VALUE 'sending' BEFORE 'sent';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'announceCourse' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'remindReviewDue' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'releaseStaleEmailJobs' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'announceCourse' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'remindReviewDue' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'releaseStaleEmailJobs' BEFORE 'schedulePublish';
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"event" "enum_notifications_event" NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"link" varchar,
  	"read" boolean DEFAULT false,
  	"read_at" timestamp(3) with time zone,
  	"dedupe_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "advisor_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client_id" integer NOT NULL,
  	"advisor_id" integer,
  	"subject" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users" ADD COLUMN "notification_preferences_profile_validated_in_app" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notification_preferences_profile_validated_email" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notification_preferences_course_published_in_app" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notification_preferences_course_published_email" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "notification_preferences_review_due_in_app" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notification_preferences_review_due_email" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notification_preferences_assistant_answer_ready_in_app" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notification_preferences_assistant_answer_ready_email" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "notification_preferences_advisor_message_in_app" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notification_preferences_advisor_message_email" boolean DEFAULT true;
  ALTER TABLE "profiles" ADD COLUMN "review_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_profiles_v" ADD COLUMN "version_review_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "courses" ADD COLUMN "announced_at" timestamp(3) with time zone;
  ALTER TABLE "_courses_v" ADD COLUMN "version_announced_at" timestamp(3) with time zone;
  ALTER TABLE "emails" ADD COLUMN "last_error" varchar;
  ALTER TABLE "emails" ADD COLUMN "attempts" numeric DEFAULT 0;
  ALTER TABLE "emails" ADD COLUMN "message_id" varchar;
  ALTER TABLE "emails" ADD COLUMN "provider_message_id" varchar;
  ALTER TABLE "emails" ADD COLUMN "attempt_started_at" timestamp(3) with time zone;
  ALTER TABLE "emails" ADD COLUMN "sent_at" timestamp(3) with time zone;
  ALTER TABLE "emails" ADD COLUMN "dedupe_key" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "advisor_messages_id" integer;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "advisor_messages" ADD CONSTRAINT "advisor_messages_client_id_users_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "advisor_messages" ADD CONSTRAINT "advisor_messages_advisor_id_users_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_read_idx" ON "notifications" USING btree ("read");
  CREATE UNIQUE INDEX "notifications_dedupe_key_idx" ON "notifications" USING btree ("dedupe_key");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "recipient_read_createdAt_idx" ON "notifications" USING btree ("recipient_id","read","created_at");
  CREATE INDEX "advisor_messages_client_idx" ON "advisor_messages" USING btree ("client_id");
  CREATE INDEX "advisor_messages_advisor_idx" ON "advisor_messages" USING btree ("advisor_id");
  CREATE INDEX "advisor_messages_updated_at_idx" ON "advisor_messages" USING btree ("updated_at");
  CREATE INDEX "advisor_messages_created_at_idx" ON "advisor_messages" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_advisor_messages_fk" FOREIGN KEY ("advisor_messages_id") REFERENCES "public"."advisor_messages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "profiles_review_reminded_at_idx" ON "profiles" USING btree ("review_reminded_at");
  CREATE INDEX "_profiles_v_version_version_review_reminded_at_idx" ON "_profiles_v" USING btree ("version_review_reminded_at");
  CREATE INDEX "emails_status_idx" ON "emails" USING btree ("status");
  CREATE UNIQUE INDEX "emails_message_id_idx" ON "emails" USING btree ("message_id");
  CREATE UNIQUE INDEX "emails_dedupe_key_idx" ON "emails" USING btree ("dedupe_key");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_advisor_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("advisor_messages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "advisor_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "advisor_messages" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_advisor_messages_fk";
  
  ALTER TABLE "emails" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "emails" ALTER COLUMN "status" SET DEFAULT 'stored'::text;
  DROP TYPE "public"."enum_emails_status";
  CREATE TYPE "public"."enum_emails_status" AS ENUM('stored', 'sent', 'failed');
  ALTER TABLE "emails" ALTER COLUMN "status" SET DEFAULT 'stored'::"public"."enum_emails_status";
  ALTER TABLE "emails" ALTER COLUMN "status" SET DATA TYPE "public"."enum_emails_status" USING "status"::"public"."enum_emails_status";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "profiles_review_reminded_at_idx";
  DROP INDEX "_profiles_v_version_version_review_reminded_at_idx";
  DROP INDEX "emails_status_idx";
  DROP INDEX "emails_message_id_idx";
  DROP INDEX "emails_dedupe_key_idx";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  DROP INDEX "payload_locked_documents_rels_advisor_messages_id_idx";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_profile_validated_in_app";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_profile_validated_email";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_course_published_in_app";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_course_published_email";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_review_due_in_app";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_review_due_email";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_assistant_answer_ready_in_app";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_assistant_answer_ready_email";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_advisor_message_in_app";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_advisor_message_email";
  ALTER TABLE "profiles" DROP COLUMN "review_reminded_at";
  ALTER TABLE "_profiles_v" DROP COLUMN "version_review_reminded_at";
  ALTER TABLE "courses" DROP COLUMN "announced_at";
  ALTER TABLE "_courses_v" DROP COLUMN "version_announced_at";
  ALTER TABLE "emails" DROP COLUMN "last_error";
  ALTER TABLE "emails" DROP COLUMN "attempts";
  ALTER TABLE "emails" DROP COLUMN "message_id";
  ALTER TABLE "emails" DROP COLUMN "provider_message_id";
  ALTER TABLE "emails" DROP COLUMN "attempt_started_at";
  ALTER TABLE "emails" DROP COLUMN "sent_at";
  ALTER TABLE "emails" DROP COLUMN "dedupe_key";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "advisor_messages_id";
  DROP TYPE "public"."enum_notifications_event";`)
}
