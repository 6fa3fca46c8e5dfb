import fc from 'fast-check'

/**
 * Property tests explore new random cases on every developer run; in CI
 * (CI=true) they replay one fixed seed, so a submission is judged on the same
 * cases each time. FC_SEED replays a failing run's seed anywhere.
 */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20_261_125 : undefined
if (seed !== undefined) fc.configureGlobal({ seed })
