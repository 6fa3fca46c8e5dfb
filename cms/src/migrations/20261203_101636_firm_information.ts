import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_firm_orias_categories" AS ENUM('cif', 'coa', 'mia', 'cobsp', 'mobsp', 'iobsp', 'agent-general');
  CREATE TYPE "public"."enum__firm_v_version_orias_categories" AS ENUM('cif', 'coa', 'mia', 'cobsp', 'mobsp', 'iobsp', 'agent-general');
  CREATE TABLE "firm_orias_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_firm_orias_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "firm" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"legal_name" varchar NOT NULL,
  	"legal_form" varchar NOT NULL,
  	"capital_cents" numeric NOT NULL,
  	"siren" varchar NOT NULL,
  	"rcs_city" varchar NOT NULL,
  	"address_street" varchar NOT NULL,
  	"address_postcode" varchar NOT NULL,
  	"address_city" varchar NOT NULL,
  	"phone" varchar,
  	"email" varchar NOT NULL,
  	"orias_number" varchar NOT NULL,
  	"cif_association" varchar,
  	"insurance_insurer" varchar NOT NULL,
  	"insurance_policy_number" varchar NOT NULL,
  	"mediator_name" varchar NOT NULL,
  	"mediator_address" varchar,
  	"mediator_website" varchar,
  	"dpo_name" varchar NOT NULL,
  	"dpo_email" varchar NOT NULL,
  	"publication_director" varchar NOT NULL,
  	"host_name" varchar NOT NULL,
  	"host_address" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_firm_v_version_orias_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__firm_v_version_orias_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_firm_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_legal_name" varchar NOT NULL,
  	"version_legal_form" varchar NOT NULL,
  	"version_capital_cents" numeric NOT NULL,
  	"version_siren" varchar NOT NULL,
  	"version_rcs_city" varchar NOT NULL,
  	"version_address_street" varchar NOT NULL,
  	"version_address_postcode" varchar NOT NULL,
  	"version_address_city" varchar NOT NULL,
  	"version_phone" varchar,
  	"version_email" varchar NOT NULL,
  	"version_orias_number" varchar NOT NULL,
  	"version_cif_association" varchar,
  	"version_insurance_insurer" varchar NOT NULL,
  	"version_insurance_policy_number" varchar NOT NULL,
  	"version_mediator_name" varchar NOT NULL,
  	"version_mediator_address" varchar,
  	"version_mediator_website" varchar,
  	"version_dpo_name" varchar NOT NULL,
  	"version_dpo_email" varchar NOT NULL,
  	"version_publication_director" varchar NOT NULL,
  	"version_host_name" varchar NOT NULL,
  	"version_host_address" varchar NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "firm_orias_categories" ADD CONSTRAINT "firm_orias_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."firm"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_firm_v_version_orias_categories" ADD CONSTRAINT "_firm_v_version_orias_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_firm_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "firm_orias_categories_order_idx" ON "firm_orias_categories" USING btree ("order");
  CREATE INDEX "firm_orias_categories_parent_idx" ON "firm_orias_categories" USING btree ("parent_id");
  CREATE INDEX "_firm_v_version_orias_categories_order_idx" ON "_firm_v_version_orias_categories" USING btree ("order");
  CREATE INDEX "_firm_v_version_orias_categories_parent_idx" ON "_firm_v_version_orias_categories" USING btree ("parent_id");
  CREATE INDEX "_firm_v_created_at_idx" ON "_firm_v" USING btree ("created_at");
  CREATE INDEX "_firm_v_updated_at_idx" ON "_firm_v" USING btree ("updated_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "firm_orias_categories" CASCADE;
  DROP TABLE "firm" CASCADE;
  DROP TABLE "_firm_v_version_orias_categories" CASCADE;
  DROP TABLE "_firm_v" CASCADE;
  DROP TYPE "public"."enum_firm_orias_categories";
  DROP TYPE "public"."enum__firm_v_version_orias_categories";`)
}
