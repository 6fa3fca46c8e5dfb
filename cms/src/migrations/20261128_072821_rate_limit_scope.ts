import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contact_attempts_scope" AS ENUM('contact', 'login', 'signup');
  ALTER TABLE "contact_attempts" ADD COLUMN "scope" "enum_contact_attempts_scope" DEFAULT 'contact';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_attempts" DROP COLUMN "scope";
  DROP TYPE "public"."enum_contact_attempts_scope";`)
}
