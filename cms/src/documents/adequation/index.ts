// PLACEHOLDER: replaced at merge by engineer 3 (adequation). Core's throw-away version, to test generation end to end.
import { onePageRenderer } from '../placeholder/onePage'
import type { DocumentRenderer, Preflight } from '../renderers'

export const renderAdequation: DocumentRenderer = onePageRenderer('adequation')
export const adequationPreflight: Preflight = async () => null
