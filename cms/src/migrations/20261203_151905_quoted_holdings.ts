import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** Quoted holdings (decision 031): a listed security and its quantity, the price a value was computed from, and the daily refresh task. */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_assets_price_source" AS ENUM('offline', 'coingecko');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refreshPrices' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refreshPrices' BEFORE 'schedulePublish';
  ALTER TABLE "assets" ADD COLUMN "listed_symbol" varchar;
  ALTER TABLE "assets" ADD COLUMN "listed_quantity" numeric;
  ALTER TABLE "assets" ADD COLUMN "unit_price" varchar;
  ALTER TABLE "assets" ADD COLUMN "price_as_of" timestamp(3) with time zone;
  ALTER TABLE "assets" ADD COLUMN "price_source" "enum_assets_price_source";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Jobs of the removed task would not fit the narrowed enums.
  await db.execute(sql`
   DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'refreshPrices';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'refreshPrices';
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'announceCourse', 'remindReviewDue', 'releaseStaleEmailJobs', 'purgeRateLimitRows', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'announceCourse', 'remindReviewDue', 'releaseStaleEmailJobs', 'purgeRateLimitRows', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "assets" DROP COLUMN "listed_symbol";
  ALTER TABLE "assets" DROP COLUMN "listed_quantity";
  ALTER TABLE "assets" DROP COLUMN "unit_price";
  ALTER TABLE "assets" DROP COLUMN "price_as_of";
  ALTER TABLE "assets" DROP COLUMN "price_source";
  DROP TYPE "public"."enum_assets_price_source";`)
}
