import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Two-factor authentication (docs/decisions/024). Hand-trimmed to this change:
 * the generated file repeated the account-security migration because the
 * previous snapshot predates it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_contact_attempts_scope" ADD VALUE IF NOT EXISTS 'twoFactorAccount';
  ALTER TYPE "public"."enum_contact_attempts_scope" ADD VALUE IF NOT EXISTS 'twoFactorIp';
  ALTER TABLE "users" ADD COLUMN "totp_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "totp_pending_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "totp_last_step" numeric;
  ALTER TABLE "users" ADD COLUMN "recovery_code_hashes" jsonb;
  ALTER TABLE "users" ADD COLUMN "two_factor_pending" jsonb;
  ALTER TABLE "users" ADD COLUMN "two_factor_enabled_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "two_factor_reset_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "two_factor_reset_by_id" integer;
  ALTER TABLE "users" ADD CONSTRAINT "users_two_factor_reset_by_id_users_id_fk" FOREIGN KEY ("two_factor_reset_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_two_factor_reset_by_idx" ON "users" USING btree ("two_factor_reset_by_id");
  -- Staff sessions opened before this change had no second factor: they end, the next login asks to enrol.
  DELETE FROM "users_sessions" WHERE "_parent_id" IN (SELECT "id" FROM "users" WHERE "role" IN ('admin', 'advisor'));`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "users" DROP CONSTRAINT "users_two_factor_reset_by_id_users_id_fk";
  DROP INDEX "users_two_factor_reset_by_idx";
  ALTER TABLE "users" DROP COLUMN "totp_secret";
  ALTER TABLE "users" DROP COLUMN "totp_pending_secret";
  ALTER TABLE "users" DROP COLUMN "totp_last_step";
  ALTER TABLE "users" DROP COLUMN "recovery_code_hashes";
  ALTER TABLE "users" DROP COLUMN "two_factor_pending";
  ALTER TABLE "users" DROP COLUMN "two_factor_enabled_at";
  ALTER TABLE "users" DROP COLUMN "two_factor_reset_at";
  ALTER TABLE "users" DROP COLUMN "two_factor_reset_by_id";`)
}
