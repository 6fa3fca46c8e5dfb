import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** users.photo (an upload in media), shown to the people an account serves (decision 021). */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "users" ADD COLUMN "photo_id" integer;
  ALTER TABLE "users" ADD CONSTRAINT "users_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_photo_idx" ON "users" USING btree ("photo_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "users" DROP CONSTRAINT "users_photo_id_media_id_fk";
  DROP INDEX "users_photo_idx";
  ALTER TABLE "users" DROP COLUMN "photo_id";`)
}
