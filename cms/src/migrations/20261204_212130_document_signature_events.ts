import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Electronic signature (docs/decisions/042-electronic-signature.md): the
 * notification events `documentSigned` (to the advisor) and
 * `documentSignatureConfirmed` (the investor's receipt). IF NOT EXISTS and no
 * BEFORE: other branches of issue 14 add events to the same type.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_notifications_event" ADD VALUE IF NOT EXISTS 'documentSigned';
  ALTER TYPE "public"."enum_notifications_event" ADD VALUE IF NOT EXISTS 'documentSignatureConfirmed';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "notifications" WHERE "event" IN ('documentSigned', 'documentSignatureConfirmed');
  ALTER TABLE "notifications" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_event";
  CREATE TYPE "public"."enum_notifications_event" AS ENUM('profileValidated', 'coursePublished', 'reviewDue', 'assistantAnswerReady', 'advisorMessage', 'questionnaireSubmitted', 'paymentFailed');
  ALTER TABLE "notifications" ALTER COLUMN "event" SET DATA TYPE "public"."enum_notifications_event" USING "event"::"public"."enum_notifications_event";`)
}
