import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "courses" ADD COLUMN "premium" boolean DEFAULT false;
  ALTER TABLE "_courses_v" ADD COLUMN "version_premium" boolean DEFAULT false;
  ALTER TABLE "plans" ADD COLUMN "entitlements_assistant_messages_per_month" numeric;
  ALTER TABLE "plans" ADD COLUMN "entitlements_advisor_meetings_per_year" numeric DEFAULT 0;
  ALTER TABLE "plans" ADD COLUMN "entitlements_premium_courses" boolean DEFAULT false;
  ALTER TABLE "plans" ADD COLUMN "entitlements_documents_bilan" boolean DEFAULT false;
  ALTER TABLE "_plans_v" ADD COLUMN "version_entitlements_assistant_messages_per_month" numeric;
  ALTER TABLE "_plans_v" ADD COLUMN "version_entitlements_advisor_meetings_per_year" numeric DEFAULT 0;
  ALTER TABLE "_plans_v" ADD COLUMN "version_entitlements_premium_courses" boolean DEFAULT false;
  ALTER TABLE "_plans_v" ADD COLUMN "version_entitlements_documents_bilan" boolean DEFAULT false;`)
  // Plans that exist already (decision 036): a free plan shows the free set (10 questions a month,
  // what investors without a subscription get) rather than "unlimited"; paid plans keep what they
  // sold before premium courses existed ("tous les parcours"), hence premium courses.
  await db.execute(sql`
   UPDATE "plans" SET "entitlements_assistant_messages_per_month" = 10 WHERE "monthly_price_cents" = 0;
  UPDATE "plans" SET "entitlements_premium_courses" = true WHERE "monthly_price_cents" > 0;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "courses" DROP COLUMN "premium";
  ALTER TABLE "_courses_v" DROP COLUMN "version_premium";
  ALTER TABLE "plans" DROP COLUMN "entitlements_assistant_messages_per_month";
  ALTER TABLE "plans" DROP COLUMN "entitlements_advisor_meetings_per_year";
  ALTER TABLE "plans" DROP COLUMN "entitlements_premium_courses";
  ALTER TABLE "plans" DROP COLUMN "entitlements_documents_bilan";
  ALTER TABLE "_plans_v" DROP COLUMN "version_entitlements_assistant_messages_per_month";
  ALTER TABLE "_plans_v" DROP COLUMN "version_entitlements_advisor_meetings_per_year";
  ALTER TABLE "_plans_v" DROP COLUMN "version_entitlements_premium_courses";
  ALTER TABLE "_plans_v" DROP COLUMN "version_entitlements_documents_bilan";`)
}
