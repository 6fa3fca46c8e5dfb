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
  CREATE INDEX "_profiles_v_updated_at_idx" ON "_profiles_v" USING btree ("updated_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
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
  DROP TYPE "public"."enum__profiles_v_version_risk_tolerance_trade_off";`)
}
