import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_recommendations_target_allocation_asset_class" AS ENUM('savings-accounts', 'euro-funds', 'unit-linked', 'equities', 'bonds', 'funds-etf', 'scpi', 'private-equity', 'crypto', 'derivatives');
  CREATE TYPE "public"."enum_recommendations_products_product_class" AS ENUM('savings-accounts', 'euro-funds', 'unit-linked', 'equities', 'bonds', 'funds-etf', 'scpi', 'private-equity', 'crypto', 'derivatives');
  CREATE TYPE "public"."enum_recommendations_products_wrapper" AS ENUM('livret-a', 'ldds', 'lep', 'pel', 'pea', 'pea-pme', 'life-insurance', 'per', 'securities-account', 'scpi');
  CREATE TYPE "public"."enum_recommendations_products_sfdr" AS ENUM('6', '8', '9');
  CREATE TYPE "public"."enum_recommendations_status" AS ENUM('draft', 'final');
  CREATE TABLE "recommendations_target_allocation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"asset_class" "enum_recommendations_target_allocation_asset_class" NOT NULL,
  	"pct" numeric NOT NULL
  );
  
  CREATE TABLE "recommendations_products" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"isin" varchar,
  	"product_class" "enum_recommendations_products_product_class" NOT NULL,
  	"wrapper" "enum_recommendations_products_wrapper" NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"sri" numeric NOT NULL,
  	"recommended_horizon_years" numeric NOT NULL,
  	"sfdr" "enum_recommendations_products_sfdr" NOT NULL,
  	"taxonomy_pct" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "recommendations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"investor_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"status" "enum_recommendations_status" DEFAULT 'draft' NOT NULL,
  	"finalised_at" timestamp(3) with time zone,
  	"finalised_by_id" integer,
  	"created_by_id" integer,
  	"rationale" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "recommendations_id" integer;
  ALTER TABLE "recommendations_target_allocation" ADD CONSTRAINT "recommendations_target_allocation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recommendations_products" ADD CONSTRAINT "recommendations_products_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_investor_id_users_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_finalised_by_id_users_id_fk" FOREIGN KEY ("finalised_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "recommendations_target_allocation_order_idx" ON "recommendations_target_allocation" USING btree ("_order");
  CREATE INDEX "recommendations_target_allocation_parent_id_idx" ON "recommendations_target_allocation" USING btree ("_parent_id");
  CREATE INDEX "recommendations_products_order_idx" ON "recommendations_products" USING btree ("_order");
  CREATE INDEX "recommendations_products_parent_id_idx" ON "recommendations_products" USING btree ("_parent_id");
  CREATE INDEX "recommendations_investor_idx" ON "recommendations" USING btree ("investor_id");
  CREATE INDEX "recommendations_status_idx" ON "recommendations" USING btree ("status");
  CREATE INDEX "recommendations_finalised_by_idx" ON "recommendations" USING btree ("finalised_by_id");
  CREATE INDEX "recommendations_created_by_idx" ON "recommendations" USING btree ("created_by_id");
  CREATE INDEX "recommendations_updated_at_idx" ON "recommendations" USING btree ("updated_at");
  CREATE INDEX "recommendations_created_at_idx" ON "recommendations" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_recommendations_fk" FOREIGN KEY ("recommendations_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_recommendations_id_idx" ON "payload_locked_documents_rels" USING btree ("recommendations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "recommendations_target_allocation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recommendations_products" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recommendations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "recommendations_target_allocation" CASCADE;
  DROP TABLE "recommendations_products" CASCADE;
  DROP TABLE "recommendations" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_recommendations_fk";
  
  DROP INDEX "payload_locked_documents_rels_recommendations_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "recommendations_id";
  DROP TYPE "public"."enum_recommendations_target_allocation_asset_class";
  DROP TYPE "public"."enum_recommendations_products_product_class";
  DROP TYPE "public"."enum_recommendations_products_wrapper";
  DROP TYPE "public"."enum_recommendations_products_sfdr";
  DROP TYPE "public"."enum_recommendations_status";`)
}
