import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "profiles" ADD COLUMN "title" varchar;
  ALTER TABLE "_profiles_v" ADD COLUMN "version_title" varchar;`)
  // Profiles that exist already take their investor's name now (later writes keep it: nameAfterOwner).
  await db.execute(sql`
   UPDATE "profiles" SET "title" = "users"."name" FROM "users" WHERE "users"."id" = "profiles"."owner_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "profiles" DROP COLUMN "title";
  ALTER TABLE "_profiles_v" DROP COLUMN "version_title";`)
}
