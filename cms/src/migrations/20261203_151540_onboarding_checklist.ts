import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "onboarding_dismissed_at" timestamp(3) with time zone;
  ALTER TABLE "profiles" ADD COLUMN "first_meeting_at" timestamp(3) with time zone;
  ALTER TABLE "_profiles_v" ADD COLUMN "version_first_meeting_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP COLUMN "onboarding_dismissed_at";
  ALTER TABLE "profiles" DROP COLUMN "first_meeting_at";
  ALTER TABLE "_profiles_v" DROP COLUMN "version_first_meeting_at";`)
}
