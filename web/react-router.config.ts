import type { Config } from '@react-router/dev/config'

export default {
  // Every page is rendered on the server: loaders call the cms with the
  // investor's token, which never reaches the browser.
  ssr: true,
} satisfies Config
