/** Filled in below. */
export const legalFr = {}
