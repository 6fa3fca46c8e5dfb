import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_courses_product_class" AS ENUM('savings-accounts', 'euro-funds', 'unit-linked', 'equities', 'bonds', 'funds-etf', 'scpi', 'private-equity', 'crypto', 'derivatives');
  CREATE TYPE "public"."enum__courses_v_version_product_class" AS ENUM('savings-accounts', 'euro-funds', 'unit-linked', 'equities', 'bonds', 'funds-etf', 'scpi', 'private-equity', 'crypto', 'derivatives');
  CREATE TYPE "public"."enum_knowledge_evidence_product_class" AS ENUM('savings-accounts', 'euro-funds', 'unit-linked', 'equities', 'bonds', 'funds-etf', 'scpi', 'private-equity', 'crypto', 'derivatives');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "courses_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"video_url" varchar,
  	"video_file_id" integer,
  	"duration_minutes" numeric,
  	"transcript" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "courses_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "courses_blocks_quiz_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"correct" boolean DEFAULT false
  );
  
  CREATE TABLE "courses_blocks_quiz_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"prompt" varchar,
  	"explanation" varchar
  );
  
  CREATE TABLE "courses_blocks_quiz" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"pass_mark" numeric DEFAULT 70,
  	"block_name" varchar
  );
  
  CREATE TABLE "courses_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_courses_v_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"video_url" varchar,
  	"video_file_id" integer,
  	"duration_minutes" numeric,
  	"transcript" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_courses_v_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_courses_v_blocks_quiz_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"correct" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_courses_v_blocks_quiz_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"prompt" varchar,
  	"explanation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_courses_v_blocks_quiz" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"pass_mark" numeric DEFAULT 70,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_courses_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "enrollments_lessons_done" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"lesson_id" varchar NOT NULL,
  	"done_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "enrollments_quiz_attempts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"lesson_id" varchar NOT NULL,
  	"score" numeric NOT NULL,
  	"passed" boolean DEFAULT false,
  	"submitted_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "enrollments_quiz_best" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"lesson_id" varchar NOT NULL,
  	"best_score" numeric NOT NULL,
  	"passed" boolean DEFAULT false
  );
  
  CREATE TABLE "enrollments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer NOT NULL,
  	"course_id" integer NOT NULL,
  	"points" numeric DEFAULT 0,
  	"started_at" timestamp(3) with time zone,
  	"last_activity_at" timestamp(3) with time zone,
  	"completed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "knowledge_evidence" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer NOT NULL,
  	"product_class" "enum_knowledge_evidence_product_class" NOT NULL,
  	"quiz_title" varchar NOT NULL,
  	"course_id" integer NOT NULL,
  	"lesson_id" varchar NOT NULL,
  	"score" numeric NOT NULL,
  	"pass_mark" numeric NOT NULL,
  	"passed_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "courses" ADD COLUMN "estimated_minutes" numeric;
  ALTER TABLE "courses" ADD COLUMN "free_preview" boolean DEFAULT false;
  ALTER TABLE "courses" ADD COLUMN "product_class" "enum_courses_product_class";
  ALTER TABLE "_courses_v" ADD COLUMN "version_estimated_minutes" numeric;
  ALTER TABLE "_courses_v" ADD COLUMN "version_free_preview" boolean DEFAULT false;
  ALTER TABLE "_courses_v" ADD COLUMN "version_product_class" "enum__courses_v_version_product_class";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "enrollments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "knowledge_evidence_id" integer;
  ALTER TABLE "courses_blocks_video" ADD CONSTRAINT "courses_blocks_video_video_file_id_media_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courses_blocks_video" ADD CONSTRAINT "courses_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_blocks_text" ADD CONSTRAINT "courses_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_blocks_quiz_questions_options" ADD CONSTRAINT "courses_blocks_quiz_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses_blocks_quiz_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_blocks_quiz_questions" ADD CONSTRAINT "courses_blocks_quiz_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses_blocks_quiz"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_blocks_quiz" ADD CONSTRAINT "courses_blocks_quiz_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_texts" ADD CONSTRAINT "courses_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_blocks_video" ADD CONSTRAINT "_courses_v_blocks_video_video_file_id_media_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v_blocks_video" ADD CONSTRAINT "_courses_v_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_blocks_text" ADD CONSTRAINT "_courses_v_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_blocks_quiz_questions_options" ADD CONSTRAINT "_courses_v_blocks_quiz_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v_blocks_quiz_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_blocks_quiz_questions" ADD CONSTRAINT "_courses_v_blocks_quiz_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v_blocks_quiz"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_blocks_quiz" ADD CONSTRAINT "_courses_v_blocks_quiz_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_texts" ADD CONSTRAINT "_courses_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enrollments_lessons_done" ADD CONSTRAINT "enrollments_lessons_done_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enrollments_quiz_attempts" ADD CONSTRAINT "enrollments_quiz_attempts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enrollments_quiz_best" ADD CONSTRAINT "enrollments_quiz_best_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge_evidence" ADD CONSTRAINT "knowledge_evidence_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge_evidence" ADD CONSTRAINT "knowledge_evidence_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "courses_blocks_video_order_idx" ON "courses_blocks_video" USING btree ("_order");
  CREATE INDEX "courses_blocks_video_parent_id_idx" ON "courses_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "courses_blocks_video_path_idx" ON "courses_blocks_video" USING btree ("_path");
  CREATE INDEX "courses_blocks_video_video_file_idx" ON "courses_blocks_video" USING btree ("video_file_id");
  CREATE INDEX "courses_blocks_text_order_idx" ON "courses_blocks_text" USING btree ("_order");
  CREATE INDEX "courses_blocks_text_parent_id_idx" ON "courses_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "courses_blocks_text_path_idx" ON "courses_blocks_text" USING btree ("_path");
  CREATE INDEX "courses_blocks_quiz_questions_options_order_idx" ON "courses_blocks_quiz_questions_options" USING btree ("_order");
  CREATE INDEX "courses_blocks_quiz_questions_options_parent_id_idx" ON "courses_blocks_quiz_questions_options" USING btree ("_parent_id");
  CREATE INDEX "courses_blocks_quiz_questions_order_idx" ON "courses_blocks_quiz_questions" USING btree ("_order");
  CREATE INDEX "courses_blocks_quiz_questions_parent_id_idx" ON "courses_blocks_quiz_questions" USING btree ("_parent_id");
  CREATE INDEX "courses_blocks_quiz_order_idx" ON "courses_blocks_quiz" USING btree ("_order");
  CREATE INDEX "courses_blocks_quiz_parent_id_idx" ON "courses_blocks_quiz" USING btree ("_parent_id");
  CREATE INDEX "courses_blocks_quiz_path_idx" ON "courses_blocks_quiz" USING btree ("_path");
  CREATE INDEX "courses_texts_order_parent" ON "courses_texts" USING btree ("order","parent_id");
  CREATE INDEX "_courses_v_blocks_video_order_idx" ON "_courses_v_blocks_video" USING btree ("_order");
  CREATE INDEX "_courses_v_blocks_video_parent_id_idx" ON "_courses_v_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "_courses_v_blocks_video_path_idx" ON "_courses_v_blocks_video" USING btree ("_path");
  CREATE INDEX "_courses_v_blocks_video_video_file_idx" ON "_courses_v_blocks_video" USING btree ("video_file_id");
  CREATE INDEX "_courses_v_blocks_text_order_idx" ON "_courses_v_blocks_text" USING btree ("_order");
  CREATE INDEX "_courses_v_blocks_text_parent_id_idx" ON "_courses_v_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "_courses_v_blocks_text_path_idx" ON "_courses_v_blocks_text" USING btree ("_path");
  CREATE INDEX "_courses_v_blocks_quiz_questions_options_order_idx" ON "_courses_v_blocks_quiz_questions_options" USING btree ("_order");
  CREATE INDEX "_courses_v_blocks_quiz_questions_options_parent_id_idx" ON "_courses_v_blocks_quiz_questions_options" USING btree ("_parent_id");
  CREATE INDEX "_courses_v_blocks_quiz_questions_order_idx" ON "_courses_v_blocks_quiz_questions" USING btree ("_order");
  CREATE INDEX "_courses_v_blocks_quiz_questions_parent_id_idx" ON "_courses_v_blocks_quiz_questions" USING btree ("_parent_id");
  CREATE INDEX "_courses_v_blocks_quiz_order_idx" ON "_courses_v_blocks_quiz" USING btree ("_order");
  CREATE INDEX "_courses_v_blocks_quiz_parent_id_idx" ON "_courses_v_blocks_quiz" USING btree ("_parent_id");
  CREATE INDEX "_courses_v_blocks_quiz_path_idx" ON "_courses_v_blocks_quiz" USING btree ("_path");
  CREATE INDEX "_courses_v_texts_order_parent" ON "_courses_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "enrollments_lessons_done_order_idx" ON "enrollments_lessons_done" USING btree ("_order");
  CREATE INDEX "enrollments_lessons_done_parent_id_idx" ON "enrollments_lessons_done" USING btree ("_parent_id");
  CREATE INDEX "enrollments_quiz_attempts_order_idx" ON "enrollments_quiz_attempts" USING btree ("_order");
  CREATE INDEX "enrollments_quiz_attempts_parent_id_idx" ON "enrollments_quiz_attempts" USING btree ("_parent_id");
  CREATE INDEX "enrollments_quiz_best_order_idx" ON "enrollments_quiz_best" USING btree ("_order");
  CREATE INDEX "enrollments_quiz_best_parent_id_idx" ON "enrollments_quiz_best" USING btree ("_parent_id");
  CREATE INDEX "enrollments_owner_idx" ON "enrollments" USING btree ("owner_id");
  CREATE INDEX "enrollments_course_idx" ON "enrollments" USING btree ("course_id");
  CREATE INDEX "enrollments_last_activity_at_idx" ON "enrollments" USING btree ("last_activity_at");
  CREATE INDEX "enrollments_updated_at_idx" ON "enrollments" USING btree ("updated_at");
  CREATE INDEX "enrollments_created_at_idx" ON "enrollments" USING btree ("created_at");
  CREATE UNIQUE INDEX "owner_course_idx" ON "enrollments" USING btree ("owner_id","course_id");
  CREATE INDEX "knowledge_evidence_owner_idx" ON "knowledge_evidence" USING btree ("owner_id");
  CREATE INDEX "knowledge_evidence_product_class_idx" ON "knowledge_evidence" USING btree ("product_class");
  CREATE INDEX "knowledge_evidence_course_idx" ON "knowledge_evidence" USING btree ("course_id");
  CREATE INDEX "knowledge_evidence_updated_at_idx" ON "knowledge_evidence" USING btree ("updated_at");
  CREATE INDEX "knowledge_evidence_created_at_idx" ON "knowledge_evidence" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_enrollments_fk" FOREIGN KEY ("enrollments_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_knowledge_evidence_fk" FOREIGN KEY ("knowledge_evidence_id") REFERENCES "public"."knowledge_evidence"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_enrollments_id_idx" ON "payload_locked_documents_rels" USING btree ("enrollments_id");
  CREATE INDEX "payload_locked_documents_rels_knowledge_evidence_id_idx" ON "payload_locked_documents_rels" USING btree ("knowledge_evidence_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "courses_blocks_video" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_blocks_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_blocks_quiz_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_blocks_quiz_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_blocks_quiz" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_blocks_video" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_blocks_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_blocks_quiz_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_blocks_quiz_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_blocks_quiz" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "enrollments_lessons_done" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "enrollments_quiz_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "enrollments_quiz_best" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "enrollments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "knowledge_evidence" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "courses_blocks_video" CASCADE;
  DROP TABLE "courses_blocks_text" CASCADE;
  DROP TABLE "courses_blocks_quiz_questions_options" CASCADE;
  DROP TABLE "courses_blocks_quiz_questions" CASCADE;
  DROP TABLE "courses_blocks_quiz" CASCADE;
  DROP TABLE "courses_texts" CASCADE;
  DROP TABLE "_courses_v_blocks_video" CASCADE;
  DROP TABLE "_courses_v_blocks_text" CASCADE;
  DROP TABLE "_courses_v_blocks_quiz_questions_options" CASCADE;
  DROP TABLE "_courses_v_blocks_quiz_questions" CASCADE;
  DROP TABLE "_courses_v_blocks_quiz" CASCADE;
  DROP TABLE "_courses_v_texts" CASCADE;
  DROP TABLE "enrollments_lessons_done" CASCADE;
  DROP TABLE "enrollments_quiz_attempts" CASCADE;
  DROP TABLE "enrollments_quiz_best" CASCADE;
  DROP TABLE "enrollments" CASCADE;
  DROP TABLE "knowledge_evidence" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_enrollments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_knowledge_evidence_fk";
  
  DROP INDEX "payload_locked_documents_rels_enrollments_id_idx";
  DROP INDEX "payload_locked_documents_rels_knowledge_evidence_id_idx";
  ALTER TABLE "courses" DROP COLUMN "estimated_minutes";
  ALTER TABLE "courses" DROP COLUMN "free_preview";
  ALTER TABLE "courses" DROP COLUMN "product_class";
  ALTER TABLE "_courses_v" DROP COLUMN "version_estimated_minutes";
  ALTER TABLE "_courses_v" DROP COLUMN "version_free_preview";
  ALTER TABLE "_courses_v" DROP COLUMN "version_product_class";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "enrollments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "knowledge_evidence_id";
  DROP TYPE "public"."enum_courses_product_class";
  DROP TYPE "public"."enum__courses_v_version_product_class";
  DROP TYPE "public"."enum_knowledge_evidence_product_class";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
