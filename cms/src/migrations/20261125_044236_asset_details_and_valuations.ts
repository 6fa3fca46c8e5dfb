import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_assets_ownership" AS ENUM('full', 'usufruct', 'bare');
  CREATE TYPE "public"."enum_asset_valuations_kind" AS ENUM('asset', 'liability');
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
  
  ALTER TABLE "assets" ADD COLUMN "contributions_cents" numeric;
  ALTER TABLE "assets" ADD COLUMN "opened_at" timestamp(3) with time zone;
  ALTER TABLE "assets" ADD COLUMN "ownership" "enum_assets_ownership" DEFAULT 'full';
  ALTER TABLE "assets" ADD COLUMN "ownership_share_pct" numeric DEFAULT 100;
  ALTER TABLE "assets" ADD COLUMN "crypto_symbol" varchar;
  ALTER TABLE "assets" ADD COLUMN "crypto_quantity" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "asset_valuations_id" integer;
  ALTER TABLE "asset_valuations" ADD CONSTRAINT "asset_valuations_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "asset_valuations" ADD CONSTRAINT "asset_valuations_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "asset_valuations_asset_idx" ON "asset_valuations" USING btree ("asset_id");
  CREATE INDEX "asset_valuations_owner_idx" ON "asset_valuations" USING btree ("owner_id");
  CREATE INDEX "asset_valuations_updated_at_idx" ON "asset_valuations" USING btree ("updated_at");
  CREATE INDEX "asset_valuations_created_at_idx" ON "asset_valuations" USING btree ("created_at");
  CREATE INDEX "owner_valuedAt_idx" ON "asset_valuations" USING btree ("owner_id","valued_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_asset_valuations_fk" FOREIGN KEY ("asset_valuations_id") REFERENCES "public"."asset_valuations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_asset_valuations_id_idx" ON "payload_locked_documents_rels" USING btree ("asset_valuations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "asset_valuations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "asset_valuations" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_asset_valuations_fk";
  
  DROP INDEX "payload_locked_documents_rels_asset_valuations_id_idx";
  ALTER TABLE "assets" DROP COLUMN "contributions_cents";
  ALTER TABLE "assets" DROP COLUMN "opened_at";
  ALTER TABLE "assets" DROP COLUMN "ownership";
  ALTER TABLE "assets" DROP COLUMN "ownership_share_pct";
  ALTER TABLE "assets" DROP COLUMN "crypto_symbol";
  ALTER TABLE "assets" DROP COLUMN "crypto_quantity";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "asset_valuations_id";
  DROP TYPE "public"."enum_assets_ownership";
  DROP TYPE "public"."enum_asset_valuations_kind";`)
}
