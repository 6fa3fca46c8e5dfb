import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Quiz questions become single- or multiple-choice (decision 026). Existing
 * questions (published and in versions) take the choice their correct
 * options imply: exactly one → single, otherwise multiple.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_courses_blocks_quiz_questions_choice" AS ENUM('single', 'multiple');
  CREATE TYPE "public"."enum__courses_v_blocks_quiz_questions_choice" AS ENUM('single', 'multiple');
  ALTER TABLE "courses_blocks_quiz_questions" ADD COLUMN "choice" "enum_courses_blocks_quiz_questions_choice";
  ALTER TABLE "_courses_v_blocks_quiz_questions" ADD COLUMN "choice" "enum__courses_v_blocks_quiz_questions_choice";
  UPDATE "courses_blocks_quiz_questions" q SET "choice" = CASE
    WHEN (SELECT count(*) FROM "courses_blocks_quiz_questions_options" o WHERE o."_parent_id" = q."id" AND o."correct") = 1
    THEN 'single'::"enum_courses_blocks_quiz_questions_choice" ELSE 'multiple'::"enum_courses_blocks_quiz_questions_choice" END;
  UPDATE "_courses_v_blocks_quiz_questions" q SET "choice" = CASE
    WHEN (SELECT count(*) FROM "_courses_v_blocks_quiz_questions_options" o WHERE o."_parent_id" = q."id" AND o."correct") = 1
    THEN 'single'::"enum__courses_v_blocks_quiz_questions_choice" ELSE 'multiple'::"enum__courses_v_blocks_quiz_questions_choice" END;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "courses_blocks_quiz_questions" DROP COLUMN "choice";
  ALTER TABLE "_courses_v_blocks_quiz_questions" DROP COLUMN "choice";
  DROP TYPE "public"."enum_courses_blocks_quiz_questions_choice";
  DROP TYPE "public"."enum__courses_v_blocks_quiz_questions_choice";`)
}
