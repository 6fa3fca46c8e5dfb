import { Link } from "react-router";
import {
  answerText,
  type Completion,
} from "@atlas/shared/profile/questionnaire";
import type { RawRow } from "../../lib/questionnaireForm";
import {
  KNOWLEDGE_FIELDS,
  STEP_SPECS,
  type FieldSpec,
} from "@atlas/shared/profile/questionnaire/formSpec";
import { useLocale, useT, type Translate } from "../../lib/translation";

type Props = {
  profile: Record<string, unknown>;
  completion: Completion;
  editable: boolean;
};

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

function display(
  field: FieldSpec,
  value: unknown,
  _t: Translate,
  locale: "fr" | "en",
): string {
  return answerText(field, value, locale);
}

function Rows({
  rows,
  fields,
  t,
  locale,
  title,
}: {
  rows: RawRow[] | Record<string, unknown>[];
  fields: FieldSpec[];
  t: Translate;
  locale: "fr" | "en";
  title?: string;
}) {
  const heading = title ? <h3 className="answer-rows-title">{title}</h3> : null;
  if (rows.length === 0)
    return (
      <>
        {heading}
        <p className="muted">
          {t(title ? "profile.noRows" : "profile.unanswered")}
        </p>
      </>
    );
  return (
    <>
      {heading}
      <ul className="answer-rows">
        {rows.map((row, index) => (
          <li key={index}>
            {fields
              .map((field) =>
                display(
                  field,
                  (row as Record<string, unknown>)[field.name],
                  t,
                  locale,
                ),
              )
              .join(" · ")}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The answers by step, each with its completion and an edit link. */
export function AnswersSummary({ profile, completion, editable }: Props) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="answers">
      {STEP_SPECS.map((spec, index) => {
        const stepCompletion = completion.steps[index]!;
        const group = record(profile[spec.key]);
        const title = t(`questionnaire.step.${spec.id}`);
        return (
          <section
            key={spec.id}
            className="card answers-section"
            aria-labelledby={`answers-${spec.id}`}
            data-testid={`answers-${spec.id}`}
          >
            <header className="answers-header">
              <h2 id={`answers-${spec.id}`}>
                {index + 1}. {title}
              </h2>
              <span
                className={`pill ${stepCompletion.complete ? "pill-validated" : "pill-draft"}`}
              >
                {stepCompletion.pct} %
              </span>
              {editable ? (
                <Link
                  to={`/portail/questionnaire/${spec.slug}`}
                  className="answers-edit"
                  aria-label={`${t("profile.edit")} : ${title}`}
                >
                  {t("profile.edit")}
                </Link>
              ) : null}
            </header>
            {spec.fields.length ? (
              <dl className="answer-list">
                {spec.fields.map((field) => (
                  <div key={field.name}>
                    <dt>
                      {t(`questionnaire.field.${spec.key}.${field.name}`)}
                    </dt>
                    <dd>{display(field, group[field.name], t, locale)}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {spec.id === "knowledge" ? (
              <ul className="answer-rows">
                {(Array.isArray(profile.knowledge)
                  ? (profile.knowledge as Record<string, unknown>[])
                  : []
                ).map((row) => (
                  <li key={String(row.productClass)}>
                    <strong>
                      {t(`profile.productClass.${row.productClass}`)}
                    </strong>{" "}
                    :{" "}
                    {KNOWLEDGE_FIELDS.map(
                      (field) =>
                        `${t(`questionnaire.field.knowledge.${field.name}`)} ${display(field, row[field.name], t, locale)}`,
                    ).join(" · ")}
                  </li>
                ))}
              </ul>
            ) : null}
            {spec.rows ? (
              <Rows
                rows={
                  ((spec.isList
                    ? profile[spec.key]
                    : group[spec.rows.path.split(".")[1]!]) as Record<
                    string,
                    unknown
                  >[]) ?? []
                }
                fields={spec.rows.fields}
                title={
                  spec.isList
                    ? undefined
                    : t(
                        `questionnaire.field.${spec.key}.${spec.rows.path.split(".")[1]}`,
                      )
                }
                t={t}
                locale={locale}
              />
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
