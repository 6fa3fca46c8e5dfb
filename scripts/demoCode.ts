/**
 * DEMO ONLY — `npm run demo:code`: the current two-factor code of the seeded
 * staff accounts (admin@atlas.demo, conseiller@atlas.demo), for someone trying
 * the demo without an authenticator app. Production accounts have random secrets.
 */
import { generate } from 'otplib'
import { DEMO_TOTP_SECRET } from '../cms/src/seed/demoAccounts'

const PERIOD = 30
const seconds = Math.floor(Date.now() / 1000)
const code = await generate({ secret: DEMO_TOTP_SECRET })
console.log(`Code de double authentification (démo) : ${code} — valable encore ${PERIOD - (seconds % PERIOD)} s`)
