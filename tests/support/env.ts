/** Where the servers under test listen; set by scripts/test.ts (`npm test`). */
const required = (name: string): string => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the suite with \`npm test\`, which starts the servers.`)
  return value
}

export const testEnv = {
  get cmsUrl() {
    return required('CMS_URL')
  },
  /** Where a browser reaches the cms (the origin its CSRF list trusts: admin form posts need it). */
  get cmsPublicUrl() {
    return process.env.CMS_PUBLIC_URL || required('CMS_URL')
  },
  get webUrl() {
    return required('WEB_URL')
  },
}
