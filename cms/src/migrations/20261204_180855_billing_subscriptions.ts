import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Billing with Stripe (docs/decisions/034-billing-stripe.md):
 * - plans: trialDays, vatRateBps and the `stripe` group the plan sync writes;
 * - subscriptions (the webhook's view of each Stripe subscription) and stripe-events (each event once);
 * - the `paymentFailed` notification event and the `syncPlanToStripe` job.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscriptions_interval" AS ENUM('month', 'year');
  CREATE TYPE "public"."enum_subscriptions_status" AS ENUM('incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused');
  CREATE TYPE "public"."enum_stripe_events_outcome" AS ENUM('applied', 'ignored', 'stale');
  ALTER TYPE "public"."enum_notifications_event" ADD VALUE 'paymentFailed';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'syncPlanToStripe' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'syncPlanToStripe' BEFORE 'schedulePublish';
  CREATE TABLE "subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"customer_id" integer NOT NULL,
  	"plan_id" integer,
  	"interval" "enum_subscriptions_interval" NOT NULL,
  	"status" "enum_subscriptions_status" NOT NULL,
  	"amount_cents" numeric,
  	"started_at" timestamp(3) with time zone,
  	"current_period_end" timestamp(3) with time zone,
  	"trial_ends_at" timestamp(3) with time zone,
  	"cancel_at_period_end" boolean DEFAULT false,
  	"canceled_at" timestamp(3) with time zone,
  	"payment_failed_at" timestamp(3) with time zone,
  	"stripe_subscription_id" varchar NOT NULL,
  	"stripe_customer_id" varchar,
  	"stripe_price_id" varchar,
  	"stripe_event_created" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stripe_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"type" varchar NOT NULL,
  	"livemode" boolean DEFAULT false,
  	"outcome" "enum_stripe_events_outcome" NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "plans" ADD COLUMN "trial_days" numeric DEFAULT 0;
  ALTER TABLE "plans" ADD COLUMN "vat_rate_bps" numeric DEFAULT 2000;
  ALTER TABLE "plans" ADD COLUMN "stripe_product_id" varchar;
  ALTER TABLE "plans" ADD COLUMN "stripe_monthly_price_id" varchar;
  ALTER TABLE "plans" ADD COLUMN "stripe_yearly_price_id" varchar;
  ALTER TABLE "plans" ADD COLUMN "stripe_monthly_price_cents" numeric;
  ALTER TABLE "plans" ADD COLUMN "stripe_yearly_price_cents" numeric;
  ALTER TABLE "plans" ADD COLUMN "stripe_synced_at" timestamp(3) with time zone;
  ALTER TABLE "plans" ADD COLUMN "stripe_sync_error" varchar;
  ALTER TABLE "_plans_v" ADD COLUMN "version_trial_days" numeric DEFAULT 0;
  ALTER TABLE "_plans_v" ADD COLUMN "version_vat_rate_bps" numeric DEFAULT 2000;
  ALTER TABLE "_plans_v" ADD COLUMN "version_stripe_product_id" varchar;
  ALTER TABLE "_plans_v" ADD COLUMN "version_stripe_monthly_price_id" varchar;
  ALTER TABLE "_plans_v" ADD COLUMN "version_stripe_yearly_price_id" varchar;
  ALTER TABLE "_plans_v" ADD COLUMN "version_stripe_monthly_price_cents" numeric;
  ALTER TABLE "_plans_v" ADD COLUMN "version_stripe_yearly_price_cents" numeric;
  ALTER TABLE "_plans_v" ADD COLUMN "version_stripe_synced_at" timestamp(3) with time zone;
  ALTER TABLE "_plans_v" ADD COLUMN "version_stripe_sync_error" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stripe_events_id" integer;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "subscriptions_customer_idx" ON "subscriptions" USING btree ("customer_id");
  CREATE INDEX "subscriptions_plan_idx" ON "subscriptions" USING btree ("plan_id");
  CREATE INDEX "subscriptions_status_idx" ON "subscriptions" USING btree ("status");
  CREATE UNIQUE INDEX "subscriptions_stripe_subscription_id_idx" ON "subscriptions" USING btree ("stripe_subscription_id");
  CREATE INDEX "subscriptions_stripe_customer_id_idx" ON "subscriptions" USING btree ("stripe_customer_id");
  CREATE INDEX "subscriptions_updated_at_idx" ON "subscriptions" USING btree ("updated_at");
  CREATE INDEX "subscriptions_created_at_idx" ON "subscriptions" USING btree ("created_at");
  CREATE INDEX "customer_status_idx" ON "subscriptions" USING btree ("customer_id","status");
  CREATE UNIQUE INDEX "stripe_events_event_id_idx" ON "stripe_events" USING btree ("event_id");
  CREATE INDEX "stripe_events_updated_at_idx" ON "stripe_events" USING btree ("updated_at");
  CREATE INDEX "stripe_events_created_at_idx" ON "stripe_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscriptions_fk" FOREIGN KEY ("subscriptions_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stripe_events_fk" FOREIGN KEY ("stripe_events_id") REFERENCES "public"."stripe_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_stripe_events_id_idx" ON "payload_locked_documents_rels" USING btree ("stripe_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stripe_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subscriptions" CASCADE;
  DROP TABLE "stripe_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stripe_events_fk";
  
  ALTER TABLE "notifications" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_event";
  CREATE TYPE "public"."enum_notifications_event" AS ENUM('profileValidated', 'coursePublished', 'reviewDue', 'assistantAnswerReady', 'advisorMessage', 'questionnaireSubmitted');
  ALTER TABLE "notifications" ALTER COLUMN "event" SET DATA TYPE "public"."enum_notifications_event" USING "event"::"public"."enum_notifications_event";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'announceCourse', 'remindReviewDue', 'releaseStaleEmailJobs', 'purgeRateLimitRows', 'refreshPrices', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'announceCourse', 'remindReviewDue', 'releaseStaleEmailJobs', 'purgeRateLimitRows', 'refreshPrices', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_stripe_events_id_idx";
  ALTER TABLE "plans" DROP COLUMN "trial_days";
  ALTER TABLE "plans" DROP COLUMN "vat_rate_bps";
  ALTER TABLE "plans" DROP COLUMN "stripe_product_id";
  ALTER TABLE "plans" DROP COLUMN "stripe_monthly_price_id";
  ALTER TABLE "plans" DROP COLUMN "stripe_yearly_price_id";
  ALTER TABLE "plans" DROP COLUMN "stripe_monthly_price_cents";
  ALTER TABLE "plans" DROP COLUMN "stripe_yearly_price_cents";
  ALTER TABLE "plans" DROP COLUMN "stripe_synced_at";
  ALTER TABLE "plans" DROP COLUMN "stripe_sync_error";
  ALTER TABLE "_plans_v" DROP COLUMN "version_trial_days";
  ALTER TABLE "_plans_v" DROP COLUMN "version_vat_rate_bps";
  ALTER TABLE "_plans_v" DROP COLUMN "version_stripe_product_id";
  ALTER TABLE "_plans_v" DROP COLUMN "version_stripe_monthly_price_id";
  ALTER TABLE "_plans_v" DROP COLUMN "version_stripe_yearly_price_id";
  ALTER TABLE "_plans_v" DROP COLUMN "version_stripe_monthly_price_cents";
  ALTER TABLE "_plans_v" DROP COLUMN "version_stripe_yearly_price_cents";
  ALTER TABLE "_plans_v" DROP COLUMN "version_stripe_synced_at";
  ALTER TABLE "_plans_v" DROP COLUMN "version_stripe_sync_error";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stripe_events_id";
  DROP TYPE "public"."enum_subscriptions_interval";
  DROP TYPE "public"."enum_subscriptions_status";
  DROP TYPE "public"."enum_stripe_events_outcome";`)
}
