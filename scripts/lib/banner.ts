import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../cms/src/seed/demoAccounts'
import type { Stack } from './stack'

/** What a newcomer needs after `npm start`: where to go and how to sign in. */
export const printBanner = (stack: Pick<Stack, 'cmsUrl' | 'webUrl'>) => {
  const accounts = [
    ['Administrateur', DEMO_ACCOUNTS.admin.email, `${stack.cmsUrl}/admin`],
    ['Conseiller', DEMO_ACCOUNTS.advisor.email, `${stack.cmsUrl}/admin`],
    ['Éditeur', DEMO_ACCOUNTS.editor.email, `${stack.cmsUrl}/admin`],
    ...DEMO_ACCOUNTS.investors.map((i) => ['Investisseur', i.email, `${stack.webUrl}/connexion`]),
  ]
  const lines = [
    '',
    '  Atlas is running',
    `  Site et portail investisseur : ${stack.webUrl}`,
    `  Administration (Payload)     : ${stack.cmsUrl}/admin`,
    `  API REST                     : ${stack.cmsUrl}/api`,
    '',
    `  Comptes de démonstration (mot de passe : ${DEMO_PASSWORD})`,
    ...accounts.map(([role, email, where]) => `    ${role!.padEnd(15)} ${email!.padEnd(30)} ${where}`),
    '',
    '  Double authentification (admin, conseiller) — démo uniquement :',
    `    clé ${DEMO_TOTP_SECRET} dans une application d’authentification,`,
    '    ou `npm run demo:code` pour afficher le code du moment.',
    '',
    '  Ctrl-C pour tout arrêter.',
    '',
  ]
  console.log(lines.join('\n'))
}
