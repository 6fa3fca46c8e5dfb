import type { legalFr } from './legal.fr'

export const legalEn: Record<keyof typeof legalFr, string> = {}
