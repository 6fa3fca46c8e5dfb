// PLACEHOLDER: replaced at merge by engineer 4 (templates). Core's throw-away version, to test generation end to end.
import { onePageRenderer } from '../placeholder/onePage'
import type { DocumentRenderer, Preflight } from '../renderers'

export const renderDer: DocumentRenderer = onePageRenderer('der')
export const renderLettreMission: DocumentRenderer = onePageRenderer('lettreMission')
export const templatePreflight =
  (_kind: 'der' | 'lettreMission'): Preflight =>
  async () =>
    null
