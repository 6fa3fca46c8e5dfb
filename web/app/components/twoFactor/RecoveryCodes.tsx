import { useT } from '../../lib/translation'

/** The recovery codes, shown once (after enrolment or a renewal). */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useT()
  return (
    <section className="card" aria-labelledby="recovery-codes" data-testid="recovery-codes">
      <h2 id="recovery-codes">{t('twoFactor.recoveryTitle')}</h2>
      <p>{t('twoFactor.recoveryLead')}</p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </section>
  )
}
