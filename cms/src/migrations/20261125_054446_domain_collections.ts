import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_profiles_income_source" AS ENUM('salary', 'bonus', 'rental', 'pension', 'other');
  CREATE TYPE "public"."enum_profiles_income_frequency" AS ENUM('monthly', 'yearly');
  CREATE TYPE "public"."enum_profiles_expenses_commitments_kind" AS ENUM('alimony', 'insurance', 'savings-plan', 'childcare', 'other');
  CREATE TYPE "public"."enum_profiles_expenses_commitments_frequency" AS ENUM('monthly', 'yearly');
  CREATE TYPE "public"."enum_profiles_knowledge_product_class" AS ENUM('savings-accounts', 'euro-funds', 'unit-linked', 'equities', 'bonds', 'funds-etf', 'scpi', 'private-equity', 'crypto', 'derivatives');
  CREATE TYPE "public"."enum_profiles_knowledge_frequency" AS ENUM('never', 'occasionally', 'regularly');
  CREATE TYPE "public"."enum_profiles_knowledge_volume_band" AS ENUM('none', 'under-5k', '5k-20k', '20k-100k', 'over-100k');
  CREATE TYPE "public"."enum_profiles_objectives_purposes" AS ENUM('grow-capital', 'income', 'retirement', 'real-estate', 'transmission', 'tax-optimisation', 'precautionary');
  CREATE TYPE "public"."enum_profiles_objectives_goals_priority" AS ENUM('high', 'medium', 'low');
  CREATE TYPE "public"."enum_profiles_sustainability_pai_topics" AS ENUM('ghg-emissions', 'biodiversity', 'water', 'waste', 'social-employee', 'human-rights', 'anti-corruption', 'controversial-weapons');
  CREATE TYPE "public"."enum_profiles_identity_marital_status" AS ENUM('single', 'married', 'pacs', 'cohabiting', 'divorced', 'widowed');
  CREATE TYPE "public"."enum_profiles_identity_matrimonial_regime" AS ENUM('communaute-reduite-aux-acquets', 'separation-de-biens', 'participation-aux-acquets', 'communaute-universelle', 'pacs', 'none');
  CREATE TYPE "public"."enum_profiles_work_employment_status" AS ENUM('employee', 'civil-servant', 'self-employed', 'company-head', 'retired', 'job-seeker', 'student', 'other');
  CREATE TYPE "public"."enum_profiles_work_employer_sector" AS ENUM('finance', 'industry', 'services', 'public', 'health', 'education', 'agriculture', 'none');
  CREATE TYPE "public"."enum_profiles_work_education_level" AS ENUM('secondary', 'bachelor', 'master', 'doctorate', 'other');
  CREATE TYPE "public"."enum_profiles_objectives_liquidity_need" AS ENUM('none', 'low', 'medium', 'high');
  CREATE TYPE "public"."enum_profiles_risk_tolerance_loss_reaction" AS ENUM('sell-all', 'sell-some', 'hold', 'buy-more');
  CREATE TYPE "public"."enum_profiles_risk_tolerance_trade_off" AS ENUM('capital-protection', 'low', 'balanced', 'growth', 'max-growth');
  CREATE TYPE "public"."enum__profiles_v_version_income_source" AS ENUM('salary', 'bonus', 'rental', 'pension', 'other');
  CREATE TYPE "public"."enum__profiles_v_version_income_frequency" AS ENUM('monthly', 'yearly');
  CREATE TYPE "public"."enum__profiles_v_version_expenses_commitments_kind" AS ENUM('alimony', 'insurance', 'savings-plan', 'childcare', 'other');
  CREATE TYPE "public"."enum__profiles_v_version_expenses_commitments_frequency" AS ENUM('monthly', 'yearly');
  CREATE TYPE "public"."enum__profiles_v_version_knowledge_product_class" AS ENUM('savings-accounts', 'euro-funds', 'unit-linked', 'equities', 'bonds', 'funds-etf', 'scpi', 'private-equity', 'crypto', 'derivatives');
  CREATE TYPE "public"."enum__profiles_v_version_knowledge_frequency" AS ENUM('never', 'occasionally', 'regularly');
  CREATE TYPE "public"."enum__profiles_v_version_knowledge_volume_band" AS ENUM('none', 'under-5k', '5k-20k', '20k-100k', 'over-100k');
  CREATE TYPE "public"."enum__profiles_v_version_objectives_purposes" AS ENUM('grow-capital', 'income', 'retirement', 'real-estate', 'transmission', 'tax-optimisation', 'precautionary');
  CREATE TYPE "public"."enum__profiles_v_version_objectives_goals_priority" AS ENUM('high', 'medium', 'low');
  CREATE TYPE "public"."enum__profiles_v_version_sustainability_pai_topics" AS ENUM('ghg-emissions', 'biodiversity', 'water', 'waste', 'social-employee', 'human-rights', 'anti-corruption', 'controversial-weapons');
  CREATE TYPE "public"."enum__profiles_v_version_status" AS ENUM('draft', 'submitted', 'validated');
  CREATE TYPE "public"."enum__profiles_v_version_identity_marital_status" AS ENUM('single', 'married', 'pacs', 'cohabiting', 'divorced', 'widowed');
  CREATE TYPE "public"."enum__profiles_v_version_identity_matrimonial_regime" AS ENUM('communaute-reduite-aux-acquets', 'separation-de-biens', 'participation-aux-acquets', 'communaute-universelle', 'pacs', 'none');
  CREATE TYPE "public"."enum__profiles_v_version_work_employment_status" AS ENUM('employee', 'civil-servant', 'self-employed', 'company-head', 'retired', 'job-seeker', 'student', 'other');
  CREATE TYPE "public"."enum__profiles_v_version_work_employer_sector" AS ENUM('finance', 'industry', 'services', 'public', 'health', 'education', 'agriculture', 'none');
  CREATE TYPE "public"."enum__profiles_v_version_work_education_level" AS ENUM('secondary', 'bachelor', 'master', 'doctorate', 'other');
  CREATE TYPE "public"."enum__profiles_v_version_objectives_liquidity_need" AS ENUM('none', 'low', 'medium', 'high');
  CREATE TYPE "public"."enum__profiles_v_version_risk_tolerance_loss_reaction" AS ENUM('sell-all', 'sell-some', 'hold', 'buy-more');
  CREATE TYPE "public"."enum__profiles_v_version_risk_tolerance_trade_off" AS ENUM('capital-protection', 'low', 'balanced', 'growth', 'max-growth');
  CREATE TYPE "public"."enum_assets_ownership" AS ENUM('full', 'usufruct', 'bare');
  CREATE TYPE "public"."enum_asset_valuations_kind" AS ENUM('asset', 'liability');
  CREATE TYPE "public"."enum_courses_product_class" AS ENUM('savings-accounts', 'euro-funds', 'unit-linked', 'equities', 'bonds', 'funds-etf', 'scpi', 'private-equity', 'crypto', 'derivatives');
  CREATE TYPE "public"."enum__courses_v_version_product_class" AS ENUM('savings-accounts', 'euro-funds', 'unit-linked', 'equities', 'bonds', 'funds-etf', 'scpi', 'private-equity', 'crypto', 'derivatives');
  CREATE TYPE "public"."enum_knowledge_evidence_product_class" AS ENUM('savings-accounts', 'euro-funds', 'unit-linked', 'equities', 'bonds', 'funds-etf', 'scpi', 'private-equity', 'crypto', 'derivatives');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "profiles_income" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source" "enum_profiles_income_source",
  	"label" varchar,
  	"amount_cents" numeric,
  	"frequency" "enum_profiles_income_frequency"
  );
  
  CREATE TABLE "profiles_expenses_commitments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_profiles_expenses_commitments_kind",
  	"label" varchar,
  	"amount_cents" numeric,
  	"frequency" "enum_profiles_expenses_commitments_frequency"
  );
  
  CREATE TABLE "profiles_knowledge" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_class" "enum_profiles_knowledge_product_class",
  	"knows" boolean,
  	"has_traded" boolean,
  	"frequency" "enum_profiles_knowledge_frequency",
  	"volume_band" "enum_profiles_knowledge_volume_band",
  	"within_three_years" boolean
  );
  
  CREATE TABLE "profiles_objectives_purposes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_profiles_objectives_purposes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "profiles_objectives_goals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"target_cents" numeric,
  	"target_date" varchar,
  	"priority" "enum_profiles_objectives_goals_priority"
  );
  
  CREATE TABLE "profiles_sustainability_pai_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_profiles_sustainability_pai_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_profiles_v_version_income" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" "enum__profiles_v_version_income_source",
  	"label" varchar,
  	"amount_cents" numeric,
  	"frequency" "enum__profiles_v_version_income_frequency",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_profiles_v_version_expenses_commitments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__profiles_v_version_expenses_commitments_kind",
  	"label" varchar,
  	"amount_cents" numeric,
  	"frequency" "enum__profiles_v_version_expenses_commitments_frequency",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_profiles_v_version_knowledge" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"product_class" "enum__profiles_v_version_knowledge_product_class",
  	"knows" boolean,
  	"has_traded" boolean,
  	"frequency" "enum__profiles_v_version_knowledge_frequency",
  	"volume_band" "enum__profiles_v_version_knowledge_volume_band",
  	"within_three_years" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_profiles_v_version_objectives_purposes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__profiles_v_version_objectives_purposes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_profiles_v_version_objectives_goals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"target_cents" numeric,
  	"target_date" varchar,
  	"priority" "enum__profiles_v_version_objectives_goals_priority",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_profiles_v_version_sustainability_pai_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__profiles_v_version_sustainability_pai_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_profiles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_owner_id" integer NOT NULL,
  	"version_title" varchar,
  	"version_status" "enum__profiles_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_validated_by_id" integer,
  	"version_validated_at" timestamp(3) with time zone,
  	"version_completion_pct" numeric,
  	"version_risk_score" numeric,
  	"version_risk_label" varchar,
  	"version_warnings" jsonb,
  	"version_monthly_income_cents" numeric,
  	"version_monthly_expenses_cents" numeric,
  	"version_savings_capacity_cents" numeric,
  	"version_review_due_at" timestamp(3) with time zone,
  	"version_identity_birth_date" varchar,
  	"version_identity_marital_status" "enum__profiles_v_version_identity_marital_status",
  	"version_identity_matrimonial_regime" "enum__profiles_v_version_identity_matrimonial_regime",
  	"version_identity_dependants" numeric,
  	"version_identity_residence_country" varchar,
  	"version_identity_tax_residence" varchar,
  	"version_work_profession" varchar,
  	"version_work_employment_status" "enum__profiles_v_version_work_employment_status",
  	"version_work_employer_sector" "enum__profiles_v_version_work_employer_sector",
  	"version_work_education_level" "enum__profiles_v_version_work_education_level",
  	"version_work_target_retirement_age" numeric,
  	"version_expenses_housing_cents" numeric,
  	"version_expenses_loan_repayments_cents" numeric,
  	"version_expenses_living_costs_cents" numeric,
  	"version_expenses_income_tax_cents" numeric,
  	"version_expenses_ifi_cents" numeric,
  	"version_objectives_horizon_years" numeric,
  	"version_objectives_liquidity_need" "enum__profiles_v_version_objectives_liquidity_need",
  	"version_risk_tolerance_loss_reaction" "enum__profiles_v_version_risk_tolerance_loss_reaction",
  	"version_risk_tolerance_trade_off" "enum__profiles_v_version_risk_tolerance_trade_off",
  	"version_risk_tolerance_volatility_comfort" numeric,
  	"version_capacity_loss_pct" numeric,
  	"version_sustainability_min_taxonomy_pct" numeric,
  	"version_sustainability_min_sfdr_pct" numeric,
  	"version_sustainability_pai_considered" boolean,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "asset_valuations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"asset_id" integer NOT NULL,
  	"owner_id" integer NOT NULL,
  	"valued_at" timestamp(3) with time zone NOT NULL,
  	"value_cents" numeric NOT NULL,
  	"ownership_share_pct" numeric DEFAULT 100 NOT NULL,
  	"kind" "enum_asset_valuations_kind" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  CREATE TABLE "contact_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"ip_hash" varchar NOT NULL,
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
  
  ALTER TABLE "profiles" ADD COLUMN "title" varchar;
  ALTER TABLE "profiles" ADD COLUMN "completion_pct" numeric;
  ALTER TABLE "profiles" ADD COLUMN "risk_score" numeric;
  ALTER TABLE "profiles" ADD COLUMN "risk_label" varchar;
  ALTER TABLE "profiles" ADD COLUMN "warnings" jsonb;
  ALTER TABLE "profiles" ADD COLUMN "monthly_income_cents" numeric;
  ALTER TABLE "profiles" ADD COLUMN "monthly_expenses_cents" numeric;
  ALTER TABLE "profiles" ADD COLUMN "savings_capacity_cents" numeric;
  ALTER TABLE "profiles" ADD COLUMN "review_due_at" timestamp(3) with time zone;
  ALTER TABLE "profiles" ADD COLUMN "identity_birth_date" varchar;
  ALTER TABLE "profiles" ADD COLUMN "identity_marital_status" "enum_profiles_identity_marital_status";
  ALTER TABLE "profiles" ADD COLUMN "identity_matrimonial_regime" "enum_profiles_identity_matrimonial_regime";
  ALTER TABLE "profiles" ADD COLUMN "identity_dependants" numeric;
  ALTER TABLE "profiles" ADD COLUMN "identity_residence_country" varchar;
  ALTER TABLE "profiles" ADD COLUMN "identity_tax_residence" varchar;
  ALTER TABLE "profiles" ADD COLUMN "work_profession" varchar;
  ALTER TABLE "profiles" ADD COLUMN "work_employment_status" "enum_profiles_work_employment_status";
  ALTER TABLE "profiles" ADD COLUMN "work_employer_sector" "enum_profiles_work_employer_sector";
  ALTER TABLE "profiles" ADD COLUMN "work_education_level" "enum_profiles_work_education_level";
  ALTER TABLE "profiles" ADD COLUMN "work_target_retirement_age" numeric;
  ALTER TABLE "profiles" ADD COLUMN "expenses_housing_cents" numeric;
  ALTER TABLE "profiles" ADD COLUMN "expenses_loan_repayments_cents" numeric;
  ALTER TABLE "profiles" ADD COLUMN "expenses_living_costs_cents" numeric;
  ALTER TABLE "profiles" ADD COLUMN "expenses_income_tax_cents" numeric;
  ALTER TABLE "profiles" ADD COLUMN "expenses_ifi_cents" numeric;
  ALTER TABLE "profiles" ADD COLUMN "objectives_horizon_years" numeric;
  ALTER TABLE "profiles" ADD COLUMN "objectives_liquidity_need" "enum_profiles_objectives_liquidity_need";
  ALTER TABLE "profiles" ADD COLUMN "risk_tolerance_loss_reaction" "enum_profiles_risk_tolerance_loss_reaction";
  ALTER TABLE "profiles" ADD COLUMN "risk_tolerance_trade_off" "enum_profiles_risk_tolerance_trade_off";
  ALTER TABLE "profiles" ADD COLUMN "risk_tolerance_volatility_comfort" numeric;
  ALTER TABLE "profiles" ADD COLUMN "capacity_loss_pct" numeric;
  ALTER TABLE "profiles" ADD COLUMN "sustainability_min_taxonomy_pct" numeric;
  ALTER TABLE "profiles" ADD COLUMN "sustainability_min_sfdr_pct" numeric;
  ALTER TABLE "profiles" ADD COLUMN "sustainability_pai_considered" boolean;
  ALTER TABLE "assets" ADD COLUMN "contributions_cents" numeric;
  ALTER TABLE "assets" ADD COLUMN "opened_at" timestamp(3) with time zone;
  ALTER TABLE "assets" ADD COLUMN "ownership" "enum_assets_ownership" DEFAULT 'full';
  ALTER TABLE "assets" ADD COLUMN "ownership_share_pct" numeric DEFAULT 100;
  ALTER TABLE "assets" ADD COLUMN "crypto_symbol" varchar;
  ALTER TABLE "assets" ADD COLUMN "crypto_quantity" numeric;
  ALTER TABLE "prospects" ADD COLUMN "contact_consent_at" timestamp(3) with time zone;
  ALTER TABLE "prospects" ADD COLUMN "invitation_token_hash" varchar;
  ALTER TABLE "prospects" ADD COLUMN "invitation_sent_at" timestamp(3) with time zone;
  ALTER TABLE "prospects" ADD COLUMN "invitation_expires_at" timestamp(3) with time zone;
  ALTER TABLE "prospects" ADD COLUMN "invitation_accepted_at" timestamp(3) with time zone;
  ALTER TABLE "prospects" ADD COLUMN "invitation_invited_by_id" integer;
  ALTER TABLE "courses" ADD COLUMN "estimated_minutes" numeric;
  ALTER TABLE "courses" ADD COLUMN "free_preview" boolean DEFAULT false;
  ALTER TABLE "courses" ADD COLUMN "product_class" "enum_courses_product_class";
  ALTER TABLE "_courses_v" ADD COLUMN "version_estimated_minutes" numeric;
  ALTER TABLE "_courses_v" ADD COLUMN "version_free_preview" boolean DEFAULT false;
  ALTER TABLE "_courses_v" ADD COLUMN "version_product_class" "enum__courses_v_version_product_class";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "asset_valuations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "enrollments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "knowledge_evidence_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contact_attempts_id" integer;
  ALTER TABLE "profiles_income" ADD CONSTRAINT "profiles_income_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "profiles_expenses_commitments" ADD CONSTRAINT "profiles_expenses_commitments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "profiles_knowledge" ADD CONSTRAINT "profiles_knowledge_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "profiles_objectives_purposes" ADD CONSTRAINT "profiles_objectives_purposes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "profiles_objectives_goals" ADD CONSTRAINT "profiles_objectives_goals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "profiles_sustainability_pai_topics" ADD CONSTRAINT "profiles_sustainability_pai_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_profiles_v_version_income" ADD CONSTRAINT "_profiles_v_version_income_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_profiles_v_version_expenses_commitments" ADD CONSTRAINT "_profiles_v_version_expenses_commitments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_profiles_v_version_knowledge" ADD CONSTRAINT "_profiles_v_version_knowledge_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_profiles_v_version_objectives_purposes" ADD CONSTRAINT "_profiles_v_version_objectives_purposes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_profiles_v_version_objectives_goals" ADD CONSTRAINT "_profiles_v_version_objectives_goals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_profiles_v_version_sustainability_pai_topics" ADD CONSTRAINT "_profiles_v_version_sustainability_pai_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_profiles_v" ADD CONSTRAINT "_profiles_v_parent_id_profiles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_profiles_v" ADD CONSTRAINT "_profiles_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_profiles_v" ADD CONSTRAINT "_profiles_v_version_validated_by_id_users_id_fk" FOREIGN KEY ("version_validated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "asset_valuations" ADD CONSTRAINT "asset_valuations_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "asset_valuations" ADD CONSTRAINT "asset_valuations_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  CREATE INDEX "profiles_income_order_idx" ON "profiles_income" USING btree ("_order");
  CREATE INDEX "profiles_income_parent_id_idx" ON "profiles_income" USING btree ("_parent_id");
  CREATE INDEX "profiles_expenses_commitments_order_idx" ON "profiles_expenses_commitments" USING btree ("_order");
  CREATE INDEX "profiles_expenses_commitments_parent_id_idx" ON "profiles_expenses_commitments" USING btree ("_parent_id");
  CREATE INDEX "profiles_knowledge_order_idx" ON "profiles_knowledge" USING btree ("_order");
  CREATE INDEX "profiles_knowledge_parent_id_idx" ON "profiles_knowledge" USING btree ("_parent_id");
  CREATE INDEX "profiles_objectives_purposes_order_idx" ON "profiles_objectives_purposes" USING btree ("order");
  CREATE INDEX "profiles_objectives_purposes_parent_idx" ON "profiles_objectives_purposes" USING btree ("parent_id");
  CREATE INDEX "profiles_objectives_goals_order_idx" ON "profiles_objectives_goals" USING btree ("_order");
  CREATE INDEX "profiles_objectives_goals_parent_id_idx" ON "profiles_objectives_goals" USING btree ("_parent_id");
  CREATE INDEX "profiles_sustainability_pai_topics_order_idx" ON "profiles_sustainability_pai_topics" USING btree ("order");
  CREATE INDEX "profiles_sustainability_pai_topics_parent_idx" ON "profiles_sustainability_pai_topics" USING btree ("parent_id");
  CREATE INDEX "_profiles_v_version_income_order_idx" ON "_profiles_v_version_income" USING btree ("_order");
  CREATE INDEX "_profiles_v_version_income_parent_id_idx" ON "_profiles_v_version_income" USING btree ("_parent_id");
  CREATE INDEX "_profiles_v_version_expenses_commitments_order_idx" ON "_profiles_v_version_expenses_commitments" USING btree ("_order");
  CREATE INDEX "_profiles_v_version_expenses_commitments_parent_id_idx" ON "_profiles_v_version_expenses_commitments" USING btree ("_parent_id");
  CREATE INDEX "_profiles_v_version_knowledge_order_idx" ON "_profiles_v_version_knowledge" USING btree ("_order");
  CREATE INDEX "_profiles_v_version_knowledge_parent_id_idx" ON "_profiles_v_version_knowledge" USING btree ("_parent_id");
  CREATE INDEX "_profiles_v_version_objectives_purposes_order_idx" ON "_profiles_v_version_objectives_purposes" USING btree ("order");
  CREATE INDEX "_profiles_v_version_objectives_purposes_parent_idx" ON "_profiles_v_version_objectives_purposes" USING btree ("parent_id");
  CREATE INDEX "_profiles_v_version_objectives_goals_order_idx" ON "_profiles_v_version_objectives_goals" USING btree ("_order");
  CREATE INDEX "_profiles_v_version_objectives_goals_parent_id_idx" ON "_profiles_v_version_objectives_goals" USING btree ("_parent_id");
  CREATE INDEX "_profiles_v_version_sustainability_pai_topics_order_idx" ON "_profiles_v_version_sustainability_pai_topics" USING btree ("order");
  CREATE INDEX "_profiles_v_version_sustainability_pai_topics_parent_idx" ON "_profiles_v_version_sustainability_pai_topics" USING btree ("parent_id");
  CREATE INDEX "_profiles_v_parent_idx" ON "_profiles_v" USING btree ("parent_id");
  CREATE INDEX "_profiles_v_version_version_owner_idx" ON "_profiles_v" USING btree ("version_owner_id");
  CREATE INDEX "_profiles_v_version_version_status_idx" ON "_profiles_v" USING btree ("version_status");
  CREATE INDEX "_profiles_v_version_version_validated_by_idx" ON "_profiles_v" USING btree ("version_validated_by_id");
  CREATE INDEX "_profiles_v_version_version_updated_at_idx" ON "_profiles_v" USING btree ("version_updated_at");
  CREATE INDEX "_profiles_v_version_version_created_at_idx" ON "_profiles_v" USING btree ("version_created_at");
  CREATE INDEX "_profiles_v_created_at_idx" ON "_profiles_v" USING btree ("created_at");
  CREATE INDEX "_profiles_v_updated_at_idx" ON "_profiles_v" USING btree ("updated_at");
  CREATE INDEX "asset_valuations_asset_idx" ON "asset_valuations" USING btree ("asset_id");
  CREATE INDEX "asset_valuations_owner_idx" ON "asset_valuations" USING btree ("owner_id");
  CREATE INDEX "asset_valuations_updated_at_idx" ON "asset_valuations" USING btree ("updated_at");
  CREATE INDEX "asset_valuations_created_at_idx" ON "asset_valuations" USING btree ("created_at");
  CREATE INDEX "owner_valuedAt_idx" ON "asset_valuations" USING btree ("owner_id","valued_at");
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
  CREATE INDEX "contact_attempts_ip_hash_idx" ON "contact_attempts" USING btree ("ip_hash");
  CREATE INDEX "contact_attempts_updated_at_idx" ON "contact_attempts" USING btree ("updated_at");
  CREATE INDEX "contact_attempts_created_at_idx" ON "contact_attempts" USING btree ("created_at");
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
  ALTER TABLE "prospects" ADD CONSTRAINT "prospects_invitation_invited_by_id_users_id_fk" FOREIGN KEY ("invitation_invited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_asset_valuations_fk" FOREIGN KEY ("asset_valuations_id") REFERENCES "public"."asset_valuations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_enrollments_fk" FOREIGN KEY ("enrollments_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_knowledge_evidence_fk" FOREIGN KEY ("knowledge_evidence_id") REFERENCES "public"."knowledge_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_attempts_fk" FOREIGN KEY ("contact_attempts_id") REFERENCES "public"."contact_attempts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "prospects_invitation_invitation_token_hash_idx" ON "prospects" USING btree ("invitation_token_hash");
  CREATE INDEX "prospects_invitation_invitation_invited_by_idx" ON "prospects" USING btree ("invitation_invited_by_id");
  CREATE INDEX "payload_locked_documents_rels_asset_valuations_id_idx" ON "payload_locked_documents_rels" USING btree ("asset_valuations_id");
  CREATE INDEX "payload_locked_documents_rels_enrollments_id_idx" ON "payload_locked_documents_rels" USING btree ("enrollments_id");
  CREATE INDEX "payload_locked_documents_rels_knowledge_evidence_id_idx" ON "payload_locked_documents_rels" USING btree ("knowledge_evidence_id");
  CREATE INDEX "payload_locked_documents_rels_contact_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_attempts_id");`)
  // Profiles that exist already take their investor's name (later writes keep it: nameAfterOwner).
  await db.execute(sql`
   UPDATE "profiles" SET "title" = "users"."name" FROM "users" WHERE "users"."id" = "profiles"."owner_id";`)

}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "profiles_income" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "profiles_expenses_commitments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "profiles_knowledge" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "profiles_objectives_purposes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "profiles_objectives_goals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "profiles_sustainability_pai_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_profiles_v_version_income" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_profiles_v_version_expenses_commitments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_profiles_v_version_knowledge" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_profiles_v_version_objectives_purposes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_profiles_v_version_objectives_goals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_profiles_v_version_sustainability_pai_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_profiles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "asset_valuations" DISABLE ROW LEVEL SECURITY;
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
  ALTER TABLE "contact_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "profiles_income" CASCADE;
  DROP TABLE "profiles_expenses_commitments" CASCADE;
  DROP TABLE "profiles_knowledge" CASCADE;
  DROP TABLE "profiles_objectives_purposes" CASCADE;
  DROP TABLE "profiles_objectives_goals" CASCADE;
  DROP TABLE "profiles_sustainability_pai_topics" CASCADE;
  DROP TABLE "_profiles_v_version_income" CASCADE;
  DROP TABLE "_profiles_v_version_expenses_commitments" CASCADE;
  DROP TABLE "_profiles_v_version_knowledge" CASCADE;
  DROP TABLE "_profiles_v_version_objectives_purposes" CASCADE;
  DROP TABLE "_profiles_v_version_objectives_goals" CASCADE;
  DROP TABLE "_profiles_v_version_sustainability_pai_topics" CASCADE;
  DROP TABLE "_profiles_v" CASCADE;
  DROP TABLE "asset_valuations" CASCADE;
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
  DROP TABLE "contact_attempts" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "prospects" DROP CONSTRAINT "prospects_invitation_invited_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_asset_valuations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_enrollments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_knowledge_evidence_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contact_attempts_fk";
  
  DROP INDEX "prospects_invitation_invitation_token_hash_idx";
  DROP INDEX "prospects_invitation_invitation_invited_by_idx";
  DROP INDEX "payload_locked_documents_rels_asset_valuations_id_idx";
  DROP INDEX "payload_locked_documents_rels_enrollments_id_idx";
  DROP INDEX "payload_locked_documents_rels_knowledge_evidence_id_idx";
  DROP INDEX "payload_locked_documents_rels_contact_attempts_id_idx";
  ALTER TABLE "profiles" DROP COLUMN "title";
  ALTER TABLE "profiles" DROP COLUMN "completion_pct";
  ALTER TABLE "profiles" DROP COLUMN "risk_score";
  ALTER TABLE "profiles" DROP COLUMN "risk_label";
  ALTER TABLE "profiles" DROP COLUMN "warnings";
  ALTER TABLE "profiles" DROP COLUMN "monthly_income_cents";
  ALTER TABLE "profiles" DROP COLUMN "monthly_expenses_cents";
  ALTER TABLE "profiles" DROP COLUMN "savings_capacity_cents";
  ALTER TABLE "profiles" DROP COLUMN "review_due_at";
  ALTER TABLE "profiles" DROP COLUMN "identity_birth_date";
  ALTER TABLE "profiles" DROP COLUMN "identity_marital_status";
  ALTER TABLE "profiles" DROP COLUMN "identity_matrimonial_regime";
  ALTER TABLE "profiles" DROP COLUMN "identity_dependants";
  ALTER TABLE "profiles" DROP COLUMN "identity_residence_country";
  ALTER TABLE "profiles" DROP COLUMN "identity_tax_residence";
  ALTER TABLE "profiles" DROP COLUMN "work_profession";
  ALTER TABLE "profiles" DROP COLUMN "work_employment_status";
  ALTER TABLE "profiles" DROP COLUMN "work_employer_sector";
  ALTER TABLE "profiles" DROP COLUMN "work_education_level";
  ALTER TABLE "profiles" DROP COLUMN "work_target_retirement_age";
  ALTER TABLE "profiles" DROP COLUMN "expenses_housing_cents";
  ALTER TABLE "profiles" DROP COLUMN "expenses_loan_repayments_cents";
  ALTER TABLE "profiles" DROP COLUMN "expenses_living_costs_cents";
  ALTER TABLE "profiles" DROP COLUMN "expenses_income_tax_cents";
  ALTER TABLE "profiles" DROP COLUMN "expenses_ifi_cents";
  ALTER TABLE "profiles" DROP COLUMN "objectives_horizon_years";
  ALTER TABLE "profiles" DROP COLUMN "objectives_liquidity_need";
  ALTER TABLE "profiles" DROP COLUMN "risk_tolerance_loss_reaction";
  ALTER TABLE "profiles" DROP COLUMN "risk_tolerance_trade_off";
  ALTER TABLE "profiles" DROP COLUMN "risk_tolerance_volatility_comfort";
  ALTER TABLE "profiles" DROP COLUMN "capacity_loss_pct";
  ALTER TABLE "profiles" DROP COLUMN "sustainability_min_taxonomy_pct";
  ALTER TABLE "profiles" DROP COLUMN "sustainability_min_sfdr_pct";
  ALTER TABLE "profiles" DROP COLUMN "sustainability_pai_considered";
  ALTER TABLE "assets" DROP COLUMN "contributions_cents";
  ALTER TABLE "assets" DROP COLUMN "opened_at";
  ALTER TABLE "assets" DROP COLUMN "ownership";
  ALTER TABLE "assets" DROP COLUMN "ownership_share_pct";
  ALTER TABLE "assets" DROP COLUMN "crypto_symbol";
  ALTER TABLE "assets" DROP COLUMN "crypto_quantity";
  ALTER TABLE "prospects" DROP COLUMN "contact_consent_at";
  ALTER TABLE "prospects" DROP COLUMN "invitation_token_hash";
  ALTER TABLE "prospects" DROP COLUMN "invitation_sent_at";
  ALTER TABLE "prospects" DROP COLUMN "invitation_expires_at";
  ALTER TABLE "prospects" DROP COLUMN "invitation_accepted_at";
  ALTER TABLE "prospects" DROP COLUMN "invitation_invited_by_id";
  ALTER TABLE "courses" DROP COLUMN "estimated_minutes";
  ALTER TABLE "courses" DROP COLUMN "free_preview";
  ALTER TABLE "courses" DROP COLUMN "product_class";
  ALTER TABLE "_courses_v" DROP COLUMN "version_estimated_minutes";
  ALTER TABLE "_courses_v" DROP COLUMN "version_free_preview";
  ALTER TABLE "_courses_v" DROP COLUMN "version_product_class";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "asset_valuations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "enrollments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "knowledge_evidence_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contact_attempts_id";
  DROP TYPE "public"."enum_profiles_income_source";
  DROP TYPE "public"."enum_profiles_income_frequency";
  DROP TYPE "public"."enum_profiles_expenses_commitments_kind";
  DROP TYPE "public"."enum_profiles_expenses_commitments_frequency";
  DROP TYPE "public"."enum_profiles_knowledge_product_class";
  DROP TYPE "public"."enum_profiles_knowledge_frequency";
  DROP TYPE "public"."enum_profiles_knowledge_volume_band";
  DROP TYPE "public"."enum_profiles_objectives_purposes";
  DROP TYPE "public"."enum_profiles_objectives_goals_priority";
  DROP TYPE "public"."enum_profiles_sustainability_pai_topics";
  DROP TYPE "public"."enum_profiles_identity_marital_status";
  DROP TYPE "public"."enum_profiles_identity_matrimonial_regime";
  DROP TYPE "public"."enum_profiles_work_employment_status";
  DROP TYPE "public"."enum_profiles_work_employer_sector";
  DROP TYPE "public"."enum_profiles_work_education_level";
  DROP TYPE "public"."enum_profiles_objectives_liquidity_need";
  DROP TYPE "public"."enum_profiles_risk_tolerance_loss_reaction";
  DROP TYPE "public"."enum_profiles_risk_tolerance_trade_off";
  DROP TYPE "public"."enum__profiles_v_version_income_source";
  DROP TYPE "public"."enum__profiles_v_version_income_frequency";
  DROP TYPE "public"."enum__profiles_v_version_expenses_commitments_kind";
  DROP TYPE "public"."enum__profiles_v_version_expenses_commitments_frequency";
  DROP TYPE "public"."enum__profiles_v_version_knowledge_product_class";
  DROP TYPE "public"."enum__profiles_v_version_knowledge_frequency";
  DROP TYPE "public"."enum__profiles_v_version_knowledge_volume_band";
  DROP TYPE "public"."enum__profiles_v_version_objectives_purposes";
  DROP TYPE "public"."enum__profiles_v_version_objectives_goals_priority";
  DROP TYPE "public"."enum__profiles_v_version_sustainability_pai_topics";
  DROP TYPE "public"."enum__profiles_v_version_status";
  DROP TYPE "public"."enum__profiles_v_version_identity_marital_status";
  DROP TYPE "public"."enum__profiles_v_version_identity_matrimonial_regime";
  DROP TYPE "public"."enum__profiles_v_version_work_employment_status";
  DROP TYPE "public"."enum__profiles_v_version_work_employer_sector";
  DROP TYPE "public"."enum__profiles_v_version_work_education_level";
  DROP TYPE "public"."enum__profiles_v_version_objectives_liquidity_need";
  DROP TYPE "public"."enum__profiles_v_version_risk_tolerance_loss_reaction";
  DROP TYPE "public"."enum__profiles_v_version_risk_tolerance_trade_off";
  DROP TYPE "public"."enum_assets_ownership";
  DROP TYPE "public"."enum_asset_valuations_kind";
  DROP TYPE "public"."enum_courses_product_class";
  DROP TYPE "public"."enum__courses_v_version_product_class";
  DROP TYPE "public"."enum_knowledge_evidence_product_class";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
