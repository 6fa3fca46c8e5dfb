/** The simple electronic signature of client documents (docs/decisions/042-electronic-signature.md). */
export { signDocumentEndpoint, DOCUMENT_SIGNATURE_CONTEXT } from './signEndpoint'
