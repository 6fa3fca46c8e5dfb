import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_invoices_kind" AS ENUM('invoice', 'credit-note');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'renderInvoicePdf' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'renderInvoicePdf' BEFORE 'schedulePublish';
  CREATE TABLE "invoices_vat_breakdown" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"vat_rate_bps" numeric,
  	"excl_vat_cents" numeric,
  	"vat_cents" numeric,
  	"incl_vat_cents" numeric
  );
  
  ALTER TABLE "invoices" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "invoices" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  -- The skeleton's open/paid/void rows were never issued by Atlas (no legal number, no PDF): drafts now (decision 035).
  UPDATE "invoices" SET "status" = 'draft' WHERE "status" <> 'draft';
  DROP TYPE "public"."enum_invoices_status";
  CREATE TYPE "public"."enum_invoices_status" AS ENUM('draft', 'issued');
  ALTER TABLE "invoices" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_invoices_status";
  ALTER TABLE "invoices" ALTER COLUMN "status" SET DATA TYPE "public"."enum_invoices_status" USING "status"::"public"."enum_invoices_status";
  DROP INDEX "invoices_stripe_invoice_id_idx";
  ALTER TABLE "invoices_lines" ALTER COLUMN "quantity" SET DEFAULT 1;
  ALTER TABLE "invoices_lines" ALTER COLUMN "unit_price_excl_vat_cents" DROP NOT NULL;
  ALTER TABLE "invoices_lines" ADD COLUMN "charged_incl_vat_cents" numeric;
  ALTER TABLE "invoices_lines" ADD COLUMN "excl_vat_cents" numeric;
  ALTER TABLE "invoices_lines" ADD COLUMN "vat_cents" numeric;
  ALTER TABLE "invoices_lines" ADD COLUMN "incl_vat_cents" numeric;
  ALTER TABLE "invoices" ADD COLUMN "kind" "enum_invoices_kind" DEFAULT 'invoice' NOT NULL;
  ALTER TABLE "invoices" ADD COLUMN "credited_invoice_id" integer;
  ALTER TABLE "invoices" ADD COLUMN "buyer_name" varchar;
  ALTER TABLE "invoices" ADD COLUMN "buyer_email" varchar;
  ALTER TABLE "invoices" ADD COLUMN "buyer_street" varchar;
  ALTER TABLE "invoices" ADD COLUMN "buyer_postcode" varchar;
  ALTER TABLE "invoices" ADD COLUMN "buyer_city" varchar;
  ALTER TABLE "invoices" ADD COLUMN "buyer_country" varchar;
  ALTER TABLE "invoices" ADD COLUMN "buyer_is_business" boolean DEFAULT false;
  ALTER TABLE "invoices" ADD COLUMN "buyer_company_name" varchar;
  ALTER TABLE "invoices" ADD COLUMN "buyer_vat_number" varchar;
  ALTER TABLE "invoices" ADD COLUMN "total_vat_cents" numeric;
  ALTER TABLE "invoices" ADD COLUMN "paid_at" timestamp(3) with time zone;
  ALTER TABLE "invoices" ADD COLUMN "payment_method" varchar;
  ALTER TABLE "invoices" ADD COLUMN "note" varchar;
  ALTER TABLE "invoices" ADD COLUMN "seller_legal_name" varchar;
  ALTER TABLE "invoices" ADD COLUMN "seller_legal_form" varchar;
  ALTER TABLE "invoices" ADD COLUMN "seller_capital_cents" numeric;
  ALTER TABLE "invoices" ADD COLUMN "seller_siren" varchar;
  ALTER TABLE "invoices" ADD COLUMN "seller_rcs_city" varchar;
  ALTER TABLE "invoices" ADD COLUMN "seller_vat_number" varchar;
  ALTER TABLE "invoices" ADD COLUMN "seller_street" varchar;
  ALTER TABLE "invoices" ADD COLUMN "seller_postcode" varchar;
  ALTER TABLE "invoices" ADD COLUMN "seller_city" varchar;
  ALTER TABLE "invoices" ADD COLUMN "seller_email" varchar;
  ALTER TABLE "invoices" ADD COLUMN "seller_phone" varchar;
  ALTER TABLE "invoices" ADD COLUMN "seller_vat_franchise" boolean DEFAULT false;
  ALTER TABLE "invoices" ADD COLUMN "seller_late_payment_penalty" varchar;
  ALTER TABLE "invoices" ADD COLUMN "seller_logo_id" integer;
  ALTER TABLE "invoices" ADD COLUMN "stripe_refund_key" varchar;
  ALTER TABLE "invoices" ADD COLUMN "stripe_payment_intent_id" varchar;
  ALTER TABLE "invoices" ADD COLUMN "pdf_file" varchar;
  ALTER TABLE "invoices" ADD COLUMN "pdf_sha256" varchar;
  ALTER TABLE "firm" ADD COLUMN "invoicing_vat_number" varchar;
  ALTER TABLE "firm" ADD COLUMN "invoicing_vat_franchise" boolean DEFAULT false;
  ALTER TABLE "firm" ADD COLUMN "invoicing_late_payment_penalty" varchar;
  ALTER TABLE "firm" ADD COLUMN "invoicing_logo_id" integer;
  ALTER TABLE "_firm_v" ADD COLUMN "version_invoicing_vat_number" varchar;
  ALTER TABLE "_firm_v" ADD COLUMN "version_invoicing_vat_franchise" boolean DEFAULT false;
  ALTER TABLE "_firm_v" ADD COLUMN "version_invoicing_late_payment_penalty" varchar;
  ALTER TABLE "_firm_v" ADD COLUMN "version_invoicing_logo_id" integer;
  ALTER TABLE "invoices_vat_breakdown" ADD CONSTRAINT "invoices_vat_breakdown_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "invoices_vat_breakdown_order_idx" ON "invoices_vat_breakdown" USING btree ("_order");
  CREATE INDEX "invoices_vat_breakdown_parent_id_idx" ON "invoices_vat_breakdown" USING btree ("_parent_id");
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_credited_invoice_id_invoices_id_fk" FOREIGN KEY ("credited_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_seller_logo_id_media_id_fk" FOREIGN KEY ("seller_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "firm" ADD CONSTRAINT "firm_invoicing_logo_id_media_id_fk" FOREIGN KEY ("invoicing_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_firm_v" ADD CONSTRAINT "_firm_v_version_invoicing_logo_id_media_id_fk" FOREIGN KEY ("version_invoicing_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "invoices_credited_invoice_idx" ON "invoices" USING btree ("credited_invoice_id");
  CREATE INDEX "invoices_status_idx" ON "invoices" USING btree ("status");
  CREATE INDEX "invoices_seller_seller_logo_idx" ON "invoices" USING btree ("seller_logo_id");
  CREATE UNIQUE INDEX "invoices_stripe_refund_key_idx" ON "invoices" USING btree ("stripe_refund_key");
  CREATE INDEX "invoices_stripe_payment_intent_id_idx" ON "invoices" USING btree ("stripe_payment_intent_id");
  CREATE INDEX "firm_invoicing_invoicing_logo_idx" ON "firm" USING btree ("invoicing_logo_id");
  CREATE INDEX "_firm_v_version_invoicing_version_invoicing_logo_idx" ON "_firm_v" USING btree ("version_invoicing_logo_id");
  CREATE UNIQUE INDEX "invoices_stripe_invoice_id_idx" ON "invoices" USING btree ("stripe_invoice_id");
  -- Gapless numbering: one row per series (FA, AV) and Paris year, bumped inside the issuing transaction (invoices/numbering.ts).
  CREATE TABLE "invoice_counters" (
  	"series" varchar NOT NULL,
  	"year" integer NOT NULL,
  	"last" integer NOT NULL CHECK ("last" > 0),
  	PRIMARY KEY ("series", "year")
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "invoice_counters";
  ALTER TABLE "invoices_vat_breakdown" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "invoices_vat_breakdown" CASCADE;
  ALTER TABLE "invoices" DROP CONSTRAINT "invoices_credited_invoice_id_invoices_id_fk";
  
  ALTER TABLE "invoices" DROP CONSTRAINT "invoices_seller_logo_id_media_id_fk";
  
  ALTER TABLE "firm" DROP CONSTRAINT "firm_invoicing_logo_id_media_id_fk";
  
  ALTER TABLE "_firm_v" DROP CONSTRAINT "_firm_v_version_invoicing_logo_id_media_id_fk";
  
  ALTER TABLE "invoices" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "invoices" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  UPDATE "invoices" SET "status" = 'paid' WHERE "status" = 'issued';
  DROP TYPE "public"."enum_invoices_status";
  CREATE TYPE "public"."enum_invoices_status" AS ENUM('draft', 'open', 'paid', 'void');
  ALTER TABLE "invoices" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_invoices_status";
  ALTER TABLE "invoices" ALTER COLUMN "status" SET DATA TYPE "public"."enum_invoices_status" USING "status"::"public"."enum_invoices_status";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'announceCourse', 'remindReviewDue', 'releaseStaleEmailJobs', 'purgeRateLimitRows', 'refreshPrices', 'syncPlanToStripe', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'announceCourse', 'remindReviewDue', 'releaseStaleEmailJobs', 'purgeRateLimitRows', 'refreshPrices', 'syncPlanToStripe', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "invoices_credited_invoice_idx";
  DROP INDEX "invoices_status_idx";
  DROP INDEX "invoices_seller_seller_logo_idx";
  DROP INDEX "invoices_stripe_refund_key_idx";
  DROP INDEX "invoices_stripe_payment_intent_id_idx";
  DROP INDEX "firm_invoicing_invoicing_logo_idx";
  DROP INDEX "_firm_v_version_invoicing_version_invoicing_logo_idx";
  DROP INDEX "invoices_stripe_invoice_id_idx";
  ALTER TABLE "invoices_lines" ALTER COLUMN "quantity" DROP DEFAULT;
  ALTER TABLE "invoices_lines" ALTER COLUMN "unit_price_excl_vat_cents" SET NOT NULL;
  CREATE INDEX "invoices_stripe_invoice_id_idx" ON "invoices" USING btree ("stripe_invoice_id");
  ALTER TABLE "invoices_lines" DROP COLUMN "charged_incl_vat_cents";
  ALTER TABLE "invoices_lines" DROP COLUMN "excl_vat_cents";
  ALTER TABLE "invoices_lines" DROP COLUMN "vat_cents";
  ALTER TABLE "invoices_lines" DROP COLUMN "incl_vat_cents";
  ALTER TABLE "invoices" DROP COLUMN "kind";
  ALTER TABLE "invoices" DROP COLUMN "credited_invoice_id";
  ALTER TABLE "invoices" DROP COLUMN "buyer_name";
  ALTER TABLE "invoices" DROP COLUMN "buyer_email";
  ALTER TABLE "invoices" DROP COLUMN "buyer_street";
  ALTER TABLE "invoices" DROP COLUMN "buyer_postcode";
  ALTER TABLE "invoices" DROP COLUMN "buyer_city";
  ALTER TABLE "invoices" DROP COLUMN "buyer_country";
  ALTER TABLE "invoices" DROP COLUMN "buyer_is_business";
  ALTER TABLE "invoices" DROP COLUMN "buyer_company_name";
  ALTER TABLE "invoices" DROP COLUMN "buyer_vat_number";
  ALTER TABLE "invoices" DROP COLUMN "total_vat_cents";
  ALTER TABLE "invoices" DROP COLUMN "paid_at";
  ALTER TABLE "invoices" DROP COLUMN "payment_method";
  ALTER TABLE "invoices" DROP COLUMN "note";
  ALTER TABLE "invoices" DROP COLUMN "seller_legal_name";
  ALTER TABLE "invoices" DROP COLUMN "seller_legal_form";
  ALTER TABLE "invoices" DROP COLUMN "seller_capital_cents";
  ALTER TABLE "invoices" DROP COLUMN "seller_siren";
  ALTER TABLE "invoices" DROP COLUMN "seller_rcs_city";
  ALTER TABLE "invoices" DROP COLUMN "seller_vat_number";
  ALTER TABLE "invoices" DROP COLUMN "seller_street";
  ALTER TABLE "invoices" DROP COLUMN "seller_postcode";
  ALTER TABLE "invoices" DROP COLUMN "seller_city";
  ALTER TABLE "invoices" DROP COLUMN "seller_email";
  ALTER TABLE "invoices" DROP COLUMN "seller_phone";
  ALTER TABLE "invoices" DROP COLUMN "seller_vat_franchise";
  ALTER TABLE "invoices" DROP COLUMN "seller_late_payment_penalty";
  ALTER TABLE "invoices" DROP COLUMN "seller_logo_id";
  ALTER TABLE "invoices" DROP COLUMN "stripe_refund_key";
  ALTER TABLE "invoices" DROP COLUMN "stripe_payment_intent_id";
  ALTER TABLE "invoices" DROP COLUMN "pdf_file";
  ALTER TABLE "invoices" DROP COLUMN "pdf_sha256";
  ALTER TABLE "firm" DROP COLUMN "invoicing_vat_number";
  ALTER TABLE "firm" DROP COLUMN "invoicing_vat_franchise";
  ALTER TABLE "firm" DROP COLUMN "invoicing_late_payment_penalty";
  ALTER TABLE "firm" DROP COLUMN "invoicing_logo_id";
  ALTER TABLE "_firm_v" DROP COLUMN "version_invoicing_vat_number";
  ALTER TABLE "_firm_v" DROP COLUMN "version_invoicing_vat_franchise";
  ALTER TABLE "_firm_v" DROP COLUMN "version_invoicing_late_payment_penalty";
  ALTER TABLE "_firm_v" DROP COLUMN "version_invoicing_logo_id";
  DROP TYPE "public"."enum_invoices_kind";`)
}
