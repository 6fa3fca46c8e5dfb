import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "assets" ADD COLUMN "financed_asset_id" integer;
  ALTER TABLE "assets" ADD COLUMN "monthly_payment_cents" numeric;
  ALTER TABLE "assets" ADD COLUMN "ends_at" timestamp(3) with time zone;
  ALTER TABLE "assets" ADD CONSTRAINT "assets_financed_asset_id_assets_id_fk" FOREIGN KEY ("financed_asset_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "assets_financed_asset_idx" ON "assets" USING btree ("financed_asset_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "assets" DROP CONSTRAINT "assets_financed_asset_id_assets_id_fk";
  
  DROP INDEX "assets_financed_asset_idx";
  ALTER TABLE "assets" DROP COLUMN "financed_asset_id";
  ALTER TABLE "assets" DROP COLUMN "monthly_payment_cents";
  ALTER TABLE "assets" DROP COLUMN "ends_at";`)
}
