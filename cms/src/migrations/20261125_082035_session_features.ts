import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_prospects_discovery_marital_status" AS ENUM('single', 'married', 'pacs', 'cohabiting', 'divorced', 'widowed');
  CREATE TYPE "public"."enum_prospects_discovery_employment_status" AS ENUM('employee', 'civil-servant', 'self-employed', 'company-head', 'retired', 'job-seeker', 'student', 'other');
  CREATE TYPE "public"."enum_pages_blocks_hero_visual" AS ENUM('dashboardExample', 'image', 'none');
  CREATE TYPE "public"."enum_pages_blocks_features_items_icon" AS ENUM('chart', 'book', 'advisor', 'shield', 'europe', 'lock');
  CREATE TYPE "public"."enum_pages_blocks_features_style" AS ENUM('cards', 'steps', 'list');
  CREATE TYPE "public"."enum_pages_blocks_prose_width" AS ENUM('reading', 'note');
  CREATE TYPE "public"."enum__pages_v_blocks_hero_visual" AS ENUM('dashboardExample', 'image', 'none');
  CREATE TYPE "public"."enum__pages_v_blocks_features_items_icon" AS ENUM('chart', 'book', 'advisor', 'shield', 'europe', 'lock');
  CREATE TYPE "public"."enum__pages_v_blocks_features_style" AS ENUM('cards', 'steps', 'list');
  CREATE TYPE "public"."enum__pages_v_blocks_prose_width" AS ENUM('reading', 'note');
  CREATE TYPE "public"."enum_notifications_event" AS ENUM('profileValidated', 'coursePublished', 'reviewDue', 'assistantAnswerReady', 'advisorMessage');
  CREATE TYPE "public"."enum_plans_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__plans_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_conversations_messages_role" AS ENUM('user', 'assistant');
  CREATE TYPE "public"."enum_conversations_messages_mode" AS ENUM('offline', 'openai');
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
  CREATE TABLE "pages_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"eyebrow" varchar,
  	"title" varchar,
  	"lead" varchar,
  	"primary_label" varchar,
  	"primary_href" varchar,
  	"secondary_label" varchar,
  	"secondary_href" varchar,
  	"note" varchar,
  	"visual" "enum_pages_blocks_hero_visual" DEFAULT 'dashboardExample',
  	"image_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_features_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"icon" "enum_pages_blocks_features_items_icon",
  	"title" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "pages_blocks_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"lead" varchar,
  	"style" "enum_pages_blocks_features_style" DEFAULT 'cards',
  	"anchor" varchar,
  	"tinted" boolean DEFAULT false,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_pricing_table" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"lead" varchar,
  	"footnote" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" jsonb
  );
  
  CREATE TABLE "pages_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"button_href" varchar,
  	"secondary_label" varchar,
  	"secondary_href" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_prose" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"width" "enum_pages_blocks_prose_width" DEFAULT 'reading',
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"plans_id" integer
  );
  
  CREATE TABLE "_pages_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"eyebrow" varchar,
  	"title" varchar,
  	"lead" varchar,
  	"primary_label" varchar,
  	"primary_href" varchar,
  	"secondary_label" varchar,
  	"secondary_href" varchar,
  	"note" varchar,
  	"visual" "enum__pages_v_blocks_hero_visual" DEFAULT 'dashboardExample',
  	"image_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_features_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"icon" "enum__pages_v_blocks_features_items_icon",
  	"title" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"lead" varchar,
  	"style" "enum__pages_v_blocks_features_style" DEFAULT 'cards',
  	"anchor" varchar,
  	"tinted" boolean DEFAULT false,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_pricing_table" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"lead" varchar,
  	"footnote" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"button_href" varchar,
  	"secondary_label" varchar,
  	"secondary_href" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_prose" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"width" "enum__pages_v_blocks_prose_width" DEFAULT 'reading',
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"plans_id" integer
  );
  
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
  
  CREATE TABLE "plans_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"tagline" varchar,
  	"monthly_price_cents" numeric,
  	"yearly_price_cents" numeric,
  	"cta_label" varchar,
  	"highlighted" boolean DEFAULT false,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_plans_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_plans_v_version_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_plans_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_tagline" varchar,
  	"version_monthly_price_cents" numeric,
  	"version_yearly_price_cents" numeric,
  	"version_cta_label" varchar,
  	"version_highlighted" boolean DEFAULT false,
  	"version_order" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__plans_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "conversations_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"role" "enum_conversations_messages_role" NOT NULL,
  	"content" varchar NOT NULL,
  	"created_at" timestamp(3) with time zone NOT NULL,
  	"mode" "enum_conversations_messages_mode",
  	"model" varchar,
  	"prompt_tokens" numeric,
  	"completion_tokens" numeric
  );
  
  CREATE TABLE "conversations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer NOT NULL,
  	"title" varchar,
  	"last_message_at" timestamp(3) with time zone,
  	"prompt_tokens" numeric DEFAULT 0,
  	"completion_tokens" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "assistant_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer NOT NULL,
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
  ALTER TABLE "prospects" ADD COLUMN "discovery_birth_date" varchar;
  ALTER TABLE "prospects" ADD COLUMN "discovery_marital_status" "enum_prospects_discovery_marital_status";
  ALTER TABLE "prospects" ADD COLUMN "discovery_dependants" numeric;
  ALTER TABLE "prospects" ADD COLUMN "discovery_profession" varchar;
  ALTER TABLE "prospects" ADD COLUMN "discovery_employment_status" "enum_prospects_discovery_employment_status";
  ALTER TABLE "prospects" ADD COLUMN "discovery_horizon_years" numeric;
  ALTER TABLE "courses" ADD COLUMN "announced_at" timestamp(3) with time zone;
  ALTER TABLE "_courses_v" ADD COLUMN "version_announced_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_meta_image_id" integer;
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
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "plans_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "conversations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assistant_requests_id" integer;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_features_items" ADD CONSTRAINT "pages_blocks_features_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_features" ADD CONSTRAINT "pages_blocks_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_pricing_table" ADD CONSTRAINT "pages_blocks_pricing_table_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq_items" ADD CONSTRAINT "pages_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq" ADD CONSTRAINT "pages_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action" ADD CONSTRAINT "pages_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_prose" ADD CONSTRAINT "pages_blocks_prose_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_plans_fk" FOREIGN KEY ("plans_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_features_items" ADD CONSTRAINT "_pages_v_blocks_features_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_features" ADD CONSTRAINT "_pages_v_blocks_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_pricing_table" ADD CONSTRAINT "_pages_v_blocks_pricing_table_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq_items" ADD CONSTRAINT "_pages_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq" ADD CONSTRAINT "_pages_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD CONSTRAINT "_pages_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_prose" ADD CONSTRAINT "_pages_v_blocks_prose_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_plans_fk" FOREIGN KEY ("plans_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "advisor_messages" ADD CONSTRAINT "advisor_messages_client_id_users_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "advisor_messages" ADD CONSTRAINT "advisor_messages_advisor_id_users_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans_features" ADD CONSTRAINT "plans_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_version_features" ADD CONSTRAINT "_plans_v_version_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_parent_id_plans_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conversations_messages" ADD CONSTRAINT "conversations_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conversations" ADD CONSTRAINT "conversations_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assistant_requests" ADD CONSTRAINT "assistant_requests_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pages_blocks_hero_order_idx" ON "pages_blocks_hero" USING btree ("_order");
  CREATE INDEX "pages_blocks_hero_parent_id_idx" ON "pages_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_hero_path_idx" ON "pages_blocks_hero" USING btree ("_path");
  CREATE INDEX "pages_blocks_hero_image_idx" ON "pages_blocks_hero" USING btree ("image_id");
  CREATE INDEX "pages_blocks_features_items_order_idx" ON "pages_blocks_features_items" USING btree ("_order");
  CREATE INDEX "pages_blocks_features_items_parent_id_idx" ON "pages_blocks_features_items" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_features_order_idx" ON "pages_blocks_features" USING btree ("_order");
  CREATE INDEX "pages_blocks_features_parent_id_idx" ON "pages_blocks_features" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_features_path_idx" ON "pages_blocks_features" USING btree ("_path");
  CREATE INDEX "pages_blocks_pricing_table_order_idx" ON "pages_blocks_pricing_table" USING btree ("_order");
  CREATE INDEX "pages_blocks_pricing_table_parent_id_idx" ON "pages_blocks_pricing_table" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_pricing_table_path_idx" ON "pages_blocks_pricing_table" USING btree ("_path");
  CREATE INDEX "pages_blocks_faq_items_order_idx" ON "pages_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "pages_blocks_faq_items_parent_id_idx" ON "pages_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faq_order_idx" ON "pages_blocks_faq" USING btree ("_order");
  CREATE INDEX "pages_blocks_faq_parent_id_idx" ON "pages_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faq_path_idx" ON "pages_blocks_faq" USING btree ("_path");
  CREATE INDEX "pages_blocks_call_to_action_order_idx" ON "pages_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "pages_blocks_call_to_action_parent_id_idx" ON "pages_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_path_idx" ON "pages_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "pages_blocks_prose_order_idx" ON "pages_blocks_prose" USING btree ("_order");
  CREATE INDEX "pages_blocks_prose_parent_id_idx" ON "pages_blocks_prose" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_prose_path_idx" ON "pages_blocks_prose" USING btree ("_path");
  CREATE INDEX "pages_rels_order_idx" ON "pages_rels" USING btree ("order");
  CREATE INDEX "pages_rels_parent_idx" ON "pages_rels" USING btree ("parent_id");
  CREATE INDEX "pages_rels_path_idx" ON "pages_rels" USING btree ("path");
  CREATE INDEX "pages_rels_plans_id_idx" ON "pages_rels" USING btree ("plans_id");
  CREATE INDEX "_pages_v_blocks_hero_order_idx" ON "_pages_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_hero_parent_id_idx" ON "_pages_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_hero_path_idx" ON "_pages_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_hero_image_idx" ON "_pages_v_blocks_hero" USING btree ("image_id");
  CREATE INDEX "_pages_v_blocks_features_items_order_idx" ON "_pages_v_blocks_features_items" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_features_items_parent_id_idx" ON "_pages_v_blocks_features_items" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_features_order_idx" ON "_pages_v_blocks_features" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_features_parent_id_idx" ON "_pages_v_blocks_features" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_features_path_idx" ON "_pages_v_blocks_features" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_pricing_table_order_idx" ON "_pages_v_blocks_pricing_table" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_pricing_table_parent_id_idx" ON "_pages_v_blocks_pricing_table" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_pricing_table_path_idx" ON "_pages_v_blocks_pricing_table" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_faq_items_order_idx" ON "_pages_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faq_items_parent_id_idx" ON "_pages_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_order_idx" ON "_pages_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faq_parent_id_idx" ON "_pages_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_path_idx" ON "_pages_v_blocks_faq" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_call_to_action_order_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_call_to_action_parent_id_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_path_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_prose_order_idx" ON "_pages_v_blocks_prose" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_prose_parent_id_idx" ON "_pages_v_blocks_prose" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_prose_path_idx" ON "_pages_v_blocks_prose" USING btree ("_path");
  CREATE INDEX "_pages_v_rels_order_idx" ON "_pages_v_rels" USING btree ("order");
  CREATE INDEX "_pages_v_rels_parent_idx" ON "_pages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pages_v_rels_path_idx" ON "_pages_v_rels" USING btree ("path");
  CREATE INDEX "_pages_v_rels_plans_id_idx" ON "_pages_v_rels" USING btree ("plans_id");
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
  CREATE INDEX "plans_features_order_idx" ON "plans_features" USING btree ("_order");
  CREATE INDEX "plans_features_parent_id_idx" ON "plans_features" USING btree ("_parent_id");
  CREATE INDEX "plans_updated_at_idx" ON "plans" USING btree ("updated_at");
  CREATE INDEX "plans_created_at_idx" ON "plans" USING btree ("created_at");
  CREATE INDEX "plans__status_idx" ON "plans" USING btree ("_status");
  CREATE INDEX "_plans_v_version_features_order_idx" ON "_plans_v_version_features" USING btree ("_order");
  CREATE INDEX "_plans_v_version_features_parent_id_idx" ON "_plans_v_version_features" USING btree ("_parent_id");
  CREATE INDEX "_plans_v_parent_idx" ON "_plans_v" USING btree ("parent_id");
  CREATE INDEX "_plans_v_version_version_updated_at_idx" ON "_plans_v" USING btree ("version_updated_at");
  CREATE INDEX "_plans_v_version_version_created_at_idx" ON "_plans_v" USING btree ("version_created_at");
  CREATE INDEX "_plans_v_version_version__status_idx" ON "_plans_v" USING btree ("version__status");
  CREATE INDEX "_plans_v_created_at_idx" ON "_plans_v" USING btree ("created_at");
  CREATE INDEX "_plans_v_updated_at_idx" ON "_plans_v" USING btree ("updated_at");
  CREATE INDEX "_plans_v_latest_idx" ON "_plans_v" USING btree ("latest");
  CREATE INDEX "conversations_messages_order_idx" ON "conversations_messages" USING btree ("_order");
  CREATE INDEX "conversations_messages_parent_id_idx" ON "conversations_messages" USING btree ("_parent_id");
  CREATE INDEX "conversations_owner_idx" ON "conversations" USING btree ("owner_id");
  CREATE INDEX "conversations_last_message_at_idx" ON "conversations" USING btree ("last_message_at");
  CREATE INDEX "conversations_updated_at_idx" ON "conversations" USING btree ("updated_at");
  CREATE INDEX "conversations_created_at_idx" ON "conversations" USING btree ("created_at");
  CREATE INDEX "assistant_requests_owner_idx" ON "assistant_requests" USING btree ("owner_id");
  CREATE INDEX "assistant_requests_updated_at_idx" ON "assistant_requests" USING btree ("updated_at");
  CREATE INDEX "assistant_requests_created_at_idx" ON "assistant_requests" USING btree ("created_at");
  ALTER TABLE "pages" ADD CONSTRAINT "pages_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_advisor_messages_fk" FOREIGN KEY ("advisor_messages_id") REFERENCES "public"."advisor_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plans_fk" FOREIGN KEY ("plans_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conversations_fk" FOREIGN KEY ("conversations_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assistant_requests_fk" FOREIGN KEY ("assistant_requests_id") REFERENCES "public"."assistant_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "profiles_review_reminded_at_idx" ON "profiles" USING btree ("review_reminded_at");
  CREATE INDEX "_profiles_v_version_version_review_reminded_at_idx" ON "_profiles_v" USING btree ("version_review_reminded_at");
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages" USING btree ("meta_image_id");
  CREATE INDEX "_pages_v_version_meta_version_meta_image_idx" ON "_pages_v" USING btree ("version_meta_image_id");
  CREATE INDEX "emails_status_idx" ON "emails" USING btree ("status");
  CREATE UNIQUE INDEX "emails_message_id_idx" ON "emails" USING btree ("message_id");
  CREATE UNIQUE INDEX "emails_dedupe_key_idx" ON "emails" USING btree ("dedupe_key");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_advisor_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("advisor_messages_id");
  CREATE INDEX "payload_locked_documents_rels_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("plans_id");
  CREATE INDEX "payload_locked_documents_rels_conversations_id_idx" ON "payload_locked_documents_rels" USING btree ("conversations_id");
  CREATE INDEX "payload_locked_documents_rels_assistant_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("assistant_requests_id");
  ALTER TABLE "pages" DROP COLUMN "content";
  ALTER TABLE "_pages_v" DROP COLUMN "version_content";`)

  /*
   * ── Custom SQL: the advisor's client list (docs/decisions/011-client-list-in-sql.md) ──
   * Not generated by Payload; keep when squashing migrations.
   *
   * 1. investor_net_worth: one row per user (created by a trigger on users),
   *    kept by a trigger on assets in the same transaction as the write, so
   *    the list can filter and sort on net worth with an index. Same rule as
   *    shared/finance/netWorth.ts: value × share / 100 summed exactly
   *    (numeric), rounded half away from zero once per total; net = gross −
   *    liabilities.
   */
  await db.execute(sql`
  CREATE TABLE "investor_net_worth" (
    "owner_id" integer PRIMARY KEY REFERENCES "users"("id") ON DELETE CASCADE,
    "gross_assets_cents" bigint NOT NULL DEFAULT 0,
    "liabilities_cents" bigint NOT NULL DEFAULT 0,
    "net_worth_cents" bigint NOT NULL DEFAULT 0
  );
  CREATE INDEX "investor_net_worth_net_idx" ON "investor_net_worth" ("net_worth_cents", "owner_id");

  CREATE FUNCTION "refresh_investor_net_worth"(integer) RETURNS void LANGUAGE sql AS $fn$
    INSERT INTO "investor_net_worth" ("owner_id", "gross_assets_cents", "liabilities_cents", "net_worth_cents")
    SELECT $1, t.gross, t.liabilities, t.gross - t.liabilities
      FROM (
        SELECT coalesce(round(sum("value_cents" * coalesce("ownership_share_pct", 100)) FILTER (WHERE "kind" = 'asset') / 100), 0)::bigint AS gross,
               coalesce(round(sum("value_cents" * coalesce("ownership_share_pct", 100)) FILTER (WHERE "kind" = 'liability') / 100), 0)::bigint AS liabilities
          FROM "assets" WHERE "owner_id" = $1
      ) t
     WHERE EXISTS (SELECT 1 FROM "users" WHERE "id" = $1)
    ON CONFLICT ("owner_id") DO UPDATE SET
      "gross_assets_cents" = excluded."gross_assets_cents",
      "liabilities_cents" = excluded."liabilities_cents",
      "net_worth_cents" = excluded."net_worth_cents";
  $fn$;

  CREATE FUNCTION "assets_refresh_net_worth"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP <> 'INSERT' AND OLD."owner_id" IS NOT NULL THEN
      PERFORM "refresh_investor_net_worth"(OLD."owner_id");
    END IF;
    IF TG_OP <> 'DELETE' AND NEW."owner_id" IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW."owner_id" IS DISTINCT FROM OLD."owner_id") THEN
      PERFORM "refresh_investor_net_worth"(NEW."owner_id");
    END IF;
    RETURN NULL;
  END $fn$;
  CREATE TRIGGER "assets_net_worth"
    AFTER INSERT OR DELETE OR UPDATE OF "owner_id", "kind", "value_cents", "ownership_share_pct" ON "assets"
    FOR EACH ROW EXECUTE FUNCTION "assets_refresh_net_worth"();

  CREATE FUNCTION "users_create_net_worth"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    INSERT INTO "investor_net_worth" ("owner_id") VALUES (NEW."id") ON CONFLICT DO NOTHING;
    RETURN NULL;
  END $fn$;
  CREATE TRIGGER "users_net_worth" AFTER INSERT ON "users" FOR EACH ROW EXECUTE FUNCTION "users_create_net_worth"();

  INSERT INTO "investor_net_worth" ("owner_id") SELECT "id" FROM "users" ON CONFLICT DO NOTHING;
  SELECT "refresh_investor_net_worth"("owner_id") FROM (SELECT DISTINCT "owner_id" FROM "assets" WHERE "owner_id" IS NOT NULL) o;
  `)

  /*
   * 2. Indexes for the list's searches, filters and sorts (investors only:
   *    partial on role = 'investor', the list's own predicate). Search is a
   *    substring of lower(name) || ' ' || lower(email), served by a trigram
   *    GIN index (pg_trgm ships with PostgreSQL's contrib, embedded included).
   */
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS "pg_trgm";
  CREATE INDEX "users_investor_search_trgm_idx" ON "users"
    USING gin ((lower("name") || ' ' || lower("email")) gin_trgm_ops) WHERE "role" = 'investor';
  CREATE INDEX "users_investor_name_idx" ON "users" (lower("name"), "id") WHERE "role" = 'investor';
  CREATE INDEX "users_investor_advisor_name_idx" ON "users" ("advisor_id", lower("name"), "id") WHERE "role" = 'investor';
  CREATE INDEX "users_investor_advisor_created_idx" ON "users" ("advisor_id", "created_at", "id") WHERE "role" = 'investor';
  CREATE INDEX "users_investor_created_idx" ON "users" ("created_at", "id") WHERE "role" = 'investor';
  CREATE INDEX "profiles_risk_score_idx" ON "profiles" ("risk_score");
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Custom SQL of the client list (see up).
  await db.execute(sql`
  DROP INDEX IF EXISTS "profiles_risk_score_idx";
  DROP INDEX IF EXISTS "users_investor_created_idx";
  DROP INDEX IF EXISTS "users_investor_advisor_created_idx";
  DROP INDEX IF EXISTS "users_investor_advisor_name_idx";
  DROP INDEX IF EXISTS "users_investor_name_idx";
  DROP INDEX IF EXISTS "users_investor_search_trgm_idx";
  DROP TRIGGER IF EXISTS "users_net_worth" ON "users";
  DROP FUNCTION IF EXISTS "users_create_net_worth"();
  DROP TRIGGER IF EXISTS "assets_net_worth" ON "assets";
  DROP FUNCTION IF EXISTS "assets_refresh_net_worth"();
  DROP FUNCTION IF EXISTS "refresh_investor_net_worth"(integer);
  DROP TABLE IF EXISTS "investor_net_worth";
  `)
  await db.execute(sql`
   ALTER TABLE "pages_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_features_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_features" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_pricing_table" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_faq_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_prose" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_features_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_features" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_pricing_table" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_faq_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_prose" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "advisor_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "plans_features" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "plans" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_plans_v_version_features" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_plans_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conversations_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conversations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assistant_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_hero" CASCADE;
  DROP TABLE "pages_blocks_features_items" CASCADE;
  DROP TABLE "pages_blocks_features" CASCADE;
  DROP TABLE "pages_blocks_pricing_table" CASCADE;
  DROP TABLE "pages_blocks_faq_items" CASCADE;
  DROP TABLE "pages_blocks_faq" CASCADE;
  DROP TABLE "pages_blocks_call_to_action" CASCADE;
  DROP TABLE "pages_blocks_prose" CASCADE;
  DROP TABLE "pages_rels" CASCADE;
  DROP TABLE "_pages_v_blocks_hero" CASCADE;
  DROP TABLE "_pages_v_blocks_features_items" CASCADE;
  DROP TABLE "_pages_v_blocks_features" CASCADE;
  DROP TABLE "_pages_v_blocks_pricing_table" CASCADE;
  DROP TABLE "_pages_v_blocks_faq_items" CASCADE;
  DROP TABLE "_pages_v_blocks_faq" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_pages_v_blocks_prose" CASCADE;
  DROP TABLE "_pages_v_rels" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "advisor_messages" CASCADE;
  DROP TABLE "plans_features" CASCADE;
  DROP TABLE "plans" CASCADE;
  DROP TABLE "_plans_v_version_features" CASCADE;
  DROP TABLE "_plans_v" CASCADE;
  DROP TABLE "conversations_messages" CASCADE;
  DROP TABLE "conversations" CASCADE;
  DROP TABLE "assistant_requests" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "pages" DROP CONSTRAINT "pages_meta_image_id_media_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_advisor_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_plans_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_conversations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assistant_requests_fk";
  
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
  DROP INDEX "pages_meta_meta_image_idx";
  DROP INDEX "_pages_v_version_meta_version_meta_image_idx";
  DROP INDEX "emails_status_idx";
  DROP INDEX "emails_message_id_idx";
  DROP INDEX "emails_dedupe_key_idx";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  DROP INDEX "payload_locked_documents_rels_advisor_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_plans_id_idx";
  DROP INDEX "payload_locked_documents_rels_conversations_id_idx";
  DROP INDEX "payload_locked_documents_rels_assistant_requests_id_idx";
  ALTER TABLE "pages" ADD COLUMN "content" jsonb;
  ALTER TABLE "_pages_v" ADD COLUMN "version_content" jsonb;
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
  ALTER TABLE "prospects" DROP COLUMN "discovery_birth_date";
  ALTER TABLE "prospects" DROP COLUMN "discovery_marital_status";
  ALTER TABLE "prospects" DROP COLUMN "discovery_dependants";
  ALTER TABLE "prospects" DROP COLUMN "discovery_profession";
  ALTER TABLE "prospects" DROP COLUMN "discovery_employment_status";
  ALTER TABLE "prospects" DROP COLUMN "discovery_horizon_years";
  ALTER TABLE "courses" DROP COLUMN "announced_at";
  ALTER TABLE "_courses_v" DROP COLUMN "version_announced_at";
  ALTER TABLE "pages" DROP COLUMN "meta_image_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_meta_image_id";
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
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "plans_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "conversations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assistant_requests_id";
  DROP TYPE "public"."enum_prospects_discovery_marital_status";
  DROP TYPE "public"."enum_prospects_discovery_employment_status";
  DROP TYPE "public"."enum_pages_blocks_hero_visual";
  DROP TYPE "public"."enum_pages_blocks_features_items_icon";
  DROP TYPE "public"."enum_pages_blocks_features_style";
  DROP TYPE "public"."enum_pages_blocks_prose_width";
  DROP TYPE "public"."enum__pages_v_blocks_hero_visual";
  DROP TYPE "public"."enum__pages_v_blocks_features_items_icon";
  DROP TYPE "public"."enum__pages_v_blocks_features_style";
  DROP TYPE "public"."enum__pages_v_blocks_prose_width";
  DROP TYPE "public"."enum_notifications_event";
  DROP TYPE "public"."enum_plans_status";
  DROP TYPE "public"."enum__plans_v_version_status";
  DROP TYPE "public"."enum_conversations_messages_role";
  DROP TYPE "public"."enum_conversations_messages_mode";`)
}
